/**
 * @jest-environment jsdom
 */
import { mentionsAsMarkdown, mentionToken } from "@/lib/forum/mentions";
import { bodyImageProblem, renderArticleBody } from "@/lib/news/body";
import { renderMarkdown } from "@/lib/text/markdown";

const ALLOWED_ELEMENTS = new Set([
  "P",
  "A",
  "STRONG",
  "EM",
  "UL",
  "OL",
  "LI",
  "H3",
  "H4",
  "H5",
  "H6",
  "BLOCKQUOTE",
  "CODE",
  "PRE",
  "HR",
  "BR",
  "TABLE",
  "THEAD",
  "TBODY",
  "TR",
  "TH",
  "TD",
  "S",
]);

/** Every element and attribute the HTML would create in a browser. */
function parsed(html: string) {
  const container = document.createElement("div");
  container.innerHTML = html;
  const elements = [...container.querySelectorAll("*")];
  return {
    elements: elements.map((e) => e.tagName),
    attributes: elements.flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`)),
  };
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
  it.each(PAYLOADS)(
    "renders %j in a forum post, beside and inside a mention, without anything that could run or load",
    (payload) => {
      const mention = mentionToken({
        kind: "user",
        id: "cmabcdefghijklmnopqrstu01",
        name: payload.slice(0, 100) || "x",
      });
      const { elements, attributes } = parsed(renderMarkdown(mentionsAsMarkdown(`${payload} ${mention} ${payload}`)));
      expect(elements.filter((tag) => !ALLOWED_ELEMENTS.has(tag))).toEqual([]);
      for (const attribute of attributes) {
        expect(attribute).toMatch(/^(href|rel|title)=/);
        expect(attribute).not.toMatch(/^href=\s*(javascript|vbscript|data|file):/i);
      }
    },
  );

  it("keeps ordinary formatting and marks links as user content", () => {
    const html = renderMarkdown(
      "## Cele\n\nPomagamy **seniorom** w [Opolu](https://opole.example.org).\n\n- spacery\n- zajęcia",
    );
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

describe("an article's text (pictures allowed: only its own)", () => {
  const own = { id: "cmabcdefghijklmnopqrstu01", width: 800, height: 600 };
  const ownSrc = `/api/news/images/${own.id}`;

  it.each(PAYLOADS)("renders %j without anything that could run or load, beside its own picture", (payload) => {
    const { elements, attributes } = parsed(
      renderArticleBody(`${payload}\n\n![Wolontariusze](${ownSrc})\n\n${payload}`, [own]),
    );
    expect(elements.filter((tag) => !ALLOWED_ELEMENTS.has(tag) && tag !== "IMG")).toEqual([]);
    expect(elements.filter((tag) => tag === "IMG")).toHaveLength(1);
    for (const attribute of attributes) {
      expect(attribute).toMatch(/^(href|rel|title|src|alt|width|height|loading|decoding)=/);
      expect(attribute).not.toMatch(/^href=\s*(javascript|vbscript|data|file):/i);
      if (attribute.startsWith("src=")) expect(attribute).toBe(`src=${ownSrc}`);
    }
  });

  it("shows its own picture with the description and size, and any other picture as its description only", () => {
    const html = renderArticleBody(
      `![Sadzenie drzew w Brzegu](${ownSrc})\n\n![Obcy](https://evil.example/x.gif) ![Inny](/api/news/images/cmzzzzzzzzzzzzzzzzzzzzz99)`,
      [own],
    );
    expect(html).toContain(
      `<img src="${ownSrc}" alt="Sadzenie drzew w Brzegu" width="800" height="600" loading="lazy" decoding="async">`,
    );
    expect(html).not.toContain("evil.example");
    expect(html).toContain("Obcy Inny");
  });

  it("refuses, on saving, pictures that are not the article's own or have no description", () => {
    expect(bodyImageProblem(`Tekst ![Opis zdjęcia](${ownSrc})`, [own.id])).toBeNull();
    expect(bodyImageProblem(`![](${ownSrc})`, [own.id])).toBe("newsImageAltMissing");
    expect(bodyImageProblem(`![ok](${ownSrc})`, [own.id])).toBe("newsImageAltMissing");
    expect(bodyImageProblem("![Logo](https://evil.example/logo.png)", [own.id])).toBe("newsImageForeign");
    expect(bodyImageProblem(`![Opis zdjęcia](${ownSrc})`, [])).toBe("newsImageForeign");
    expect(bodyImageProblem("Bez obrazów, ale z [linkiem](https://example.org).", [])).toBeNull();
  });
});
