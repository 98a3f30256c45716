/**
 * @jest-environment jsdom
 */
import { mentionsAsMarkdown, mentionToken } from "@/lib/forum/mentions";
import { renderMarkdown } from "@/lib/text/markdown";

const ALLOWED_ELEMENTS = new Set(["P", "A", "STRONG", "EM", "UL", "OL", "LI", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "CODE", "PRE", "HR", "BR", "TABLE", "THEAD", "TBODY", "TR", "TH", "TD", "S"]);

/** Every element and attribute the HTML would create in a browser. */
function parsed(html: string) {
  const container = document.createElement("div");
  container.innerHTML = html;
  const elements = [...container.querySelectorAll("*")];
  return { elements: elements.map((e) => e.tagName), attributes: elements.flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`)) };
}

// Payloads from the usual XSS cheat sheets, as someone would paste them into a description.
const PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg/onload=alert(1)>",
  "<iframe src=javascript:alert(1)></iframe>",
  '<a href="javascript:alert(1)">x</a>',
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](java\tscript:alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](file:///etc/passwd)",
  "![x](javascript:alert(1))",
  "![x](https://evil.example/track.gif)",
  '[x](https://example.org "title" onmouseover="alert(1)")',
  "<style>body{display:none}</style>",
  '"><script>alert(1)</script>',
  "<details open ontoggle=alert(1)>",
  "[x]: javascript:alert(1)\n\n[link][x]",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
];

describe("renderMarkdown", () => {
  it.each(PAYLOADS)("renders %j without anything that could run or load", (payload) => {
    const { elements, attributes } = parsed(renderMarkdown(payload));
    expect(elements.filter((tag) => !ALLOWED_ELEMENTS.has(tag))).toEqual([]);
    for (const attribute of attributes) {
      expect(attribute).toMatch(/^(href|rel|title)=/);
      expect(attribute).not.toMatch(/^href=\s*(javascript|vbscript|data|file):/i);
    }
  });

  // Forum posts pass through the mention step first; a payload inside or around a mention must stay as inert.
  it.each(PAYLOADS)("renders %j in a forum post, beside and inside a mention, without anything that could run or load", (payload) => {
    const mention = mentionToken({ kind: "user", id: "cmabcdefghijklmnopqrstu01", name: payload.slice(0, 100) || "x" });
    const { elements, attributes } = parsed(renderMarkdown(mentionsAsMarkdown(`${payload} ${mention} ${payload}`)));
    expect(elements.filter((tag) => !ALLOWED_ELEMENTS.has(tag))).toEqual([]);
    for (const attribute of attributes) {
      expect(attribute).toMatch(/^(href|rel|title)=/);
      expect(attribute).not.toMatch(/^href=\s*(javascript|vbscript|data|file):/i);
    }
  });

  it("keeps ordinary formatting and marks links as user content", () => {
    const html = renderMarkdown("## Cele\n\nPomagamy **seniorom** w [Opolu](https://opole.example.org).\n\n- spacery\n- zajęcia");
    expect(html).toContain("<h3>Cele</h3>");
    expect(renderMarkdown("# A\n\n### B")).toBe("<h3>A</h3>\n<h4>B</h4>\n");
    expect(html).toContain("<strong>seniorom</strong>");
    expect(html).toContain('<a href="https://opole.example.org" rel="nofollow ugc noopener">Opolu</a>');
    expect(html).toContain("<li>spacery</li>");
  });

  it("shows raw HTML as text", () => {
    expect(renderMarkdown("<b>pogrubienie</b>")).toBe("<p>&lt;b&gt;pogrubienie&lt;/b&gt;</p>\n");
  });
});
