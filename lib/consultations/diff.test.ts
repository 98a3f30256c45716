import fc from "fast-check";
import { compareUnits, diffWords } from "@/lib/consultations/diff";
import { splitIntoUnits } from "@/lib/consultations/units";

describe("diffWords", () => {
  it("marks the words that changed and keeps the rest", () => {
    expect(diffWords("Konsultacje trwają co najmniej 14 dni.", "Konsultacje trwają co najmniej 21 dni.")).toEqual([
      { kind: "same", text: "Konsultacje trwają co najmniej " },
      { kind: "removed", text: "14" },
      { kind: "added", text: "21" },
      { kind: "same", text: " dni." },
    ]);
  });

  it("always rebuilds both texts from its pieces", () => {
    const words = fc.array(
      fc.constantFrom("uchwała", "program", "organizacje", "§", "1.", "ust.", "2", "dni", "współpraca"),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(words, words, (a, b) => {
        const before = a.join(" ");
        const after = b.join(" ");
        const changes = diffWords(before, after);
        const rebuild = (skip: "added" | "removed") =>
          changes
            .filter((c) => c.kind !== skip)
            .map((c) => c.text)
            .join("");
        return (
          rebuild("added").replace(/\s+/g, " ").trim() === before &&
          rebuild("removed").replace(/\s+/g, " ").trim() === after
        );
      }),
    );
  });
});

describe("compareUnits", () => {
  const draft = splitIntoUnits(
    "§ 1. Uchwała określa zasady.\n§ 2. 1. Konsultacje trwają 14 dni.\n2. Uwagi zgłasza się pisemnie.\n§ 3. Wchodzi w życie po 14 dniach.",
  );

  it("pairs units by their numbering and says what was changed, added and removed", () => {
    const adopted = splitIntoUnits(
      "§ 1. Uchwała określa zasady.\n§ 2. 1. Konsultacje trwają 21 dni.\n3. Opinie zbiera rada.\n§ 3. Wchodzi w życie po 14 dniach.",
    );
    expect(compareUnits(draft, adopted).map((c) => [c.kind, c.kind === "removed" ? c.draft.key : c.unit.key])).toEqual([
      ["unchanged", "par-1"],
      ["unchanged", "par-2"],
      ["changed", "par-2-ust-1"],
      ["removed", "par-2-ust-2"],
      ["added", "par-2-ust-3"],
      ["unchanged", "par-3"],
    ]);
  });

  it("follows a renumbered unit by its text", () => {
    const adopted = splitIntoUnits(
      "§ 1. Nowy paragraf.\n§ 2. Uchwała określa zasady.\n§ 3. 1. Konsultacje trwają 14 dni.\n2. Uwagi zgłasza się pisemnie.\n§ 4. Wchodzi w życie po 14 dniach.",
    );
    const kinds = compareUnits(draft, adopted).map((c) => c.kind);
    expect(kinds.filter((k) => k === "removed")).toHaveLength(0);
    expect(kinds.filter((k) => k === "unchanged" || k === "changed").length).toBeGreaterThanOrEqual(4);
  });
});
