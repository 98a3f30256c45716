import { markdownToPlainText } from "@/lib/partnerships/agreement/plain-text";

describe("an initiative's Markdown as the agreement's plain text", () => {
  it("keeps paragraphs and list items as lines, drops emphasis and shows link addresses", () => {
    expect(
      markdownToPlainText(
        "# Cel\n\nGotujemy **razem**\nz seniorami.\n\n1. warsztaty\n2. festyn\n   - w parku\n\nZobacz [opis](https://example.org/o) i https://example.org/x",
      ),
    ).toBe(
      "Cel\nGotujemy razem z seniorami.\n1. warsztaty\n2. festyn\n  – w parku\nZobacz opis (https://example.org/o) i https://example.org/x",
    );
  });

  it("leaves raw HTML as the text it is (the filler escapes it)", () => {
    expect(markdownToPlainText("<b>Uwaga</b> & reszta")).toBe("<b>Uwaga</b> & reszta");
  });
});
