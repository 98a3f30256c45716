import { remarkPrefill, unitInnerHtml, type UnitMarkupWords } from "@/lib/consultations/unit-markup";

const words: UnitMarkupWords = {
  remarksOnUnit: (count) => `${count} uwagi`,
  remarkShort: "Zgłoś uwagę",
  remarkOnUnit: (citation) => `Zgłoś uwagę do ${citation}`,
};
const paragraph = {
  id: "u1",
  key: "par-2-ust-1",
  kind: "PARAGRAPH",
  label: "§ 2 ust. 1",
  text: "Rada liczy <16> członków.",
};

describe("a unit written as markup", () => {
  it("shows a visitor the text, its anchor and the count of remarks, with no button", () => {
    const html = unitInnerHtml(
      paragraph,
      { citation: "§ 2 ust. 1", count: 3, shown: true, withRemarkControl: false },
      words,
    );
    expect(html).toBe(
      "<p class='cu-t'><a href='#par-2-ust-1' class='cu-c'>§ 2 ust. 1</a>. " +
        "<span data-unit-text>Rada liczy &lt;16&gt; członków.</span></p>" +
        "<p class='cu-l'><a href='?uwagi=par-2-ust-1#par-2-ust-1' class='cu-n' aria-current='true'>" +
        "3 uwagi<span class='sr-only'> – § 2 ust. 1</span></a></p>",
    );
  });

  it("gives a person who may remark a button naming the unit, and a place for the form", () => {
    const html = unitInnerHtml(
      paragraph,
      { citation: "§ 2 ust. 1", count: 0, shown: false, withRemarkControl: true },
      words,
    );
    expect(html).toContain(
      "<button type='button' class='quiet-action' aria-expanded='false' aria-label='Zgłoś uwagę do § 2 ust. 1' data-remark-unit='u1' data-citation='§ 2 ust. 1'>Zgłoś uwagę</button>",
    );
    expect(html).toContain("<div data-remark-slot></div>");
    expect(html).not.toContain("uwagi=");
  });

  it("prefills a remark on a heading with the heading, and on other units with their text", () => {
    const heading = { id: "h", key: "h-2", kind: "HEADING", label: "2.", text: "Zasady współpracy" };
    expect(remarkPrefill(heading)).toBe("2. Zasady współpracy");
    expect(remarkPrefill(paragraph)).toBe("Rada liczy <16> członków.");
    expect(
      unitInnerHtml(heading, { citation: "2. Zasady", count: null, shown: false, withRemarkControl: true }, words),
    ).toContain("data-prefill='2. Zasady współpracy'");
  });
});

describe("a unit's text with quotes", () => {
  it("cannot leave a single-quoted attribute", () => {
    const quoted = { id: "u'1", key: "k", kind: "HEADING", label: "1.", text: "O'Brien' onclick='alert(1)" };
    const html = unitInnerHtml(quoted, { citation: "1.", count: null, shown: false, withRemarkControl: true }, words);
    expect(html).toContain("data-prefill='1. O&#39;Brien&#39; onclick=&#39;alert(1)'");
    expect(html).toContain("data-remark-unit='u&#39;1'");
  });
});
