import fc from "fast-check";
import {
  joinWithPreviousParagraph,
  paragraphCorrections,
  splitParagraphIntoLines,
} from "@/lib/consultations/split-corrections";
import { splitIntoUnits } from "@/lib/consultations/units";

const paragraphs = (text: string) => splitIntoUnits(text, "paragraphs").filter((unit) => unit.kind === "TEXT");

// A strategy pasted from Word: a blank line after every line of the first
// section, the second section's three goals run together in one block.
const PASTED = `## Diagnoza

Region liczy 3 800 organizacji.

Większość działa w gminach wiejskich.

## Cele

Cel 1. Wzmocnienie organizacji.
Cel 2. Rozwój wolontariatu.
Cel 3. Współpraca z samorządem.
`;

describe("correcting a paragraph split", () => {
  it("offers joining only within a section and splitting only for several lines", () => {
    expect(paragraphCorrections(PASTED)).toEqual([
      { canJoin: false, canSplit: false },
      { canJoin: true, canSplit: false },
      { canJoin: false, canSplit: true },
    ]);
  });

  it("joins a paragraph with the one before it", () => {
    const joined = joinWithPreviousParagraph(PASTED, 1);
    expect(paragraphs(joined).map((unit) => unit.text)).toEqual([
      "Region liczy 3 800 organizacji.\nWiększość działa w gminach wiejskich.",
      "Cel 1. Wzmocnienie organizacji.\nCel 2. Rozwój wolontariatu.\nCel 3. Współpraca z samorządem.",
    ]);
    // Headings stay where they were.
    expect(
      splitIntoUnits(joined, "paragraphs")
        .filter((unit) => unit.kind === "HEADING")
        .map((unit) => unit.label),
    ).toEqual(["Diagnoza", "Cele"]);
  });

  it("splits a paragraph into one unit per line, keeping it under its heading", () => {
    const split = splitParagraphIntoLines(PASTED, 2);
    const units = splitIntoUnits(split, "paragraphs");
    expect(units.filter((unit) => unit.parentKey === "sekcja-2").map((unit) => unit.text)).toEqual([
      "Cel 1. Wzmocnienie organizacji.",
      "Cel 2. Rozwój wolontariatu.",
      "Cel 3. Współpraca z samorządem.",
    ]);
  });

  it("leaves the text alone when the correction is not possible", () => {
    expect(joinWithPreviousParagraph(PASTED, 0)).toBe(PASTED);
    expect(joinWithPreviousParagraph(PASTED, 2)).toBe(PASTED);
    expect(splitParagraphIntoLines(PASTED, 1)).toBe(PASTED);
    expect(splitParagraphIntoLines(PASTED, 9)).toBe(PASTED);
  });

  const documents = fc
    .array(
      fc.oneof(
        fc.constantFrom("## Rozdział", "", "", "Zdanie pierwsze.", "Zdanie drugie ze słowem ż.", "  "),
        fc.string(),
      ),
      { maxLength: 30 },
    )
    .map((lines) => lines.join("\n"));

  it("describes exactly the paragraph units the splitter yields", () => {
    fc.assert(fc.property(documents, (text) => paragraphCorrections(text).length === paragraphs(text).length));
  });

  it("never loses or reorders words", () => {
    // A line split off that starts with "## " becomes a heading: its words move into the heading's label.
    const words = (text: string) =>
      splitIntoUnits(text, "paragraphs")
        .flatMap((unit) => `${unit.kind === "HEADING" ? unit.label : ""} ${unit.text}`.split(/\s+/))
        .filter((word) => word && !/^#{1,6}$/.test(word));
    fc.assert(
      fc.property(documents, fc.nat(40), (text, index) => {
        expect(words(joinWithPreviousParagraph(text, index))).toEqual(words(text));
        expect(words(splitParagraphIntoLines(text, index))).toEqual(words(text));
      }),
    );
  });

  it("takes one unit away by a join and adds units by a split", () => {
    fc.assert(
      fc.property(documents, fc.nat(40), (text, index) => {
        const corrections = paragraphCorrections(text);
        const before = paragraphs(text).length;
        if (corrections[index]?.canJoin)
          expect(paragraphs(joinWithPreviousParagraph(text, index)).length).toBe(before - 1);
        // Split lines become paragraphs, or headings when they start with "## ": either way, more units.
        const units = (value: string) => splitIntoUnits(value, "paragraphs").length;
        if (corrections[index]?.canSplit)
          expect(units(splitParagraphIntoLines(text, index))).toBeGreaterThan(units(text));
      }),
    );
  });
});
