import fc from "fast-check";
import {
  cooperationProgrammeTemplate,
  exampleCitation,
  paragraphNumbers,
  splitIntoUnits,
  unitCitation,
} from "@/lib/consultations/units";

// A draft resolution as gminas publish them (shortened from a real
// consultation of open-competition rules).
const RESOLUTION = `UCHWAŁA NR XII/85/2026
RADY MIEJSKIEJ W NYSIE
z dnia 20 listopada 2026 r.
w sprawie określenia szczegółowego sposobu konsultowania z organizacjami pozarządowymi projektów aktów prawa miejscowego

Na podstawie art. 18 ust. 2 pkt 15 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym Rada Miejska w Nysie uchwala, co następuje:

Rozdział 1
Postanowienia ogólne

§ 1. Uchwała określa szczegółowy sposób konsultowania z organizacjami pozarządowymi projektów aktów prawa miejscowego.

§ 2. 1. Konsultacje przeprowadza się w celu poznania opinii organizacji.
2. Konsultacje trwają nie krócej niż 14 dni.
3. Formami konsultacji są:
1) wyrażenie pisemnej opinii na formularzu;
2) otwarte spotkanie, w szczególności:
a) spotkanie z organizacjami działającymi w danej dziedzinie,
b) spotkanie z Radą Działalności Pożytku Publicznego;
3) opinia rady.

Rozdział 2. Tryb konsultacji
§ 3. Konsultacje ogłasza Burmistrz, określając:
1) przedmiot konsultacji;
2) termin rozpoczęcia i zakończenia konsultacji,
– nie krótszy niż 7 dni.
§ 4. Uchwała wchodzi w życie po upływie 14 dni od dnia ogłoszenia w Dzienniku Urzędowym Województwa Opolskiego.`;

describe("splitIntoUnits, legal drafting", () => {
  const units = splitIntoUnits(RESOLUTION);
  const byKey = Object.fromEntries(units.map((unit) => [unit.key, unit]));

  it("nests rozdział, §, ust., pkt and lit. with Polish citations as labels", () => {
    expect(units.map((unit) => unit.key)).toEqual([
      "wstep",
      "rozdzial-1",
      "par-1",
      "par-2",
      "par-2-ust-1",
      "par-2-ust-2",
      "par-2-ust-3",
      "par-2-ust-3-pkt-1",
      "par-2-ust-3-pkt-2",
      "par-2-ust-3-pkt-2-lit-a",
      "par-2-ust-3-pkt-2-lit-b",
      "par-2-ust-3-pkt-3",
      "rozdzial-2",
      "par-3",
      "par-3-pkt-1",
      "par-3-pkt-2",
      "par-4",
    ]);
    expect(byKey["par-2-ust-3-pkt-2-lit-b"]).toMatchObject({
      kind: "LETTER",
      label: "§ 2 ust. 3 pkt 2 lit. b",
      parentKey: "par-2-ust-3-pkt-2",
      depth: 4,
    });
    expect(byKey["par-3-pkt-1"]).toMatchObject({
      kind: "POINT",
      label: "§ 3 pkt 1",
      parentKey: "par-3",
      text: "przedmiot konsultacji;",
    });
  });

  it("keeps the preamble, chapter titles and continuation lines with their unit", () => {
    expect(byKey["wstep"]!.text).toMatch(/^UCHWAŁA NR XII\/85\/2026\n[\s\S]*uchwala, co następuje:$/);
    expect(byKey["rozdzial-1"]).toMatchObject({ kind: "CHAPTER", label: "Rozdział 1", text: "Postanowienia ogólne" });
    expect(byKey["rozdzial-2"]).toMatchObject({ text: "Tryb konsultacji" });
    expect(byKey["par-2"]!.text).toBe("");
    expect(byKey["par-2-ust-1"]!.text).toBe("Konsultacje przeprowadza się w celu poznania opinii organizacji.");
    expect(byKey["par-3-pkt-2"]!.text).toBe("termin rozpoczęcia i zakończenia konsultacji,\n– nie krótszy niż 7 dni.");
    expect(byKey["par-4"]).toMatchObject({ kind: "SECTION", depth: 1, parentKey: "rozdzial-2" });
  });

  it("reads articles (art.) as the top unit as well", () => {
    const act = splitIntoUnits("Art. 1. Ustawa określa zasady.\nArt. 2. 1. Pierwszy ustęp.\n2. Drugi ustęp.");
    expect(act.map((unit) => [unit.key, unit.label])).toEqual([
      ["art-1", "Art. 1"],
      ["art-2", "Art. 2"],
      ["art-2-ust-1", "Art. 2 ust. 1"],
      ["art-2-ust-2", "Art. 2 ust. 2"],
    ]);
  });

  it("keeps anchors unique when the numbering repeats by mistake", () => {
    expect(splitIntoUnits("§ 1. Jeden.\n§ 1. Znowu jeden.").map((unit) => unit.key)).toEqual(["par-1", "par-1-2"]);
  });
});

describe("splitIntoUnits, headings and paragraphs", () => {
  it("splits a cooperation programme's eleven sections and their paragraphs", () => {
    const text = cooperationProgrammeTemplate().replace(
      "## 2. Zasady współpracy\n",
      "## 2. Zasady współpracy\n\nWspółpraca opiera się na zasadzie pomocniczości.\n\nI na zasadzie jawności.\n",
    );
    const units = splitIntoUnits(text);
    expect(units.filter((unit) => unit.kind === "HEADING")).toHaveLength(11);
    expect(units.slice(1, 4).map((unit) => [unit.key, unit.kind, unit.label ?? unit.text])).toEqual([
      ["sekcja-2", "HEADING", "2. Zasady współpracy"],
      ["sekcja-2-akapit-1", "TEXT", "Współpraca opiera się na zasadzie pomocniczości."],
      ["sekcja-2-akapit-2", "TEXT", "I na zasadzie jawności."],
    ]);
    expect(units.at(-1)!.label).toMatch(/^11\. Tryb powoływania i zasady działania komisji konkursowych/);
  });

  it("treats a text without § as paragraphs, and the official may force either way", () => {
    expect(splitIntoUnits("Strategia rozwoju.\n\nDrugi akapit\nw dwóch liniach.").map((unit) => unit.key)).toEqual([
      "akapit-1",
      "akapit-2",
    ]);
    expect(splitIntoUnits("§ 1. Treść.\n\n§ 2. Dalej.", "paragraphs").map((unit) => unit.kind)).toEqual([
      "TEXT",
      "TEXT",
    ]);
  });

  it("never loses text and never repeats an anchor, whatever is pasted", () => {
    const line = fc.oneof(
      fc.constantFrom("§ 1.", "§ 2. 1. Ala", "1) pkt", "a) lit", "Rozdział 3", "Art. 5.", "## Tytuł", "", "2. ust"),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.constantFrom("auto", "legal", "paragraphs" as const),
        (lines, mode) => {
          const text = lines.join("\n");
          const units = splitIntoUnits(text, mode);
          const keys = units.map((unit) => unit.key);
          if (new Set(keys).size !== keys.length) return false;
          // Every non-blank word of the input is somewhere in the units' labels or texts.
          const kept = units.map((unit) => `${unit.label ?? ""} ${unit.text}`).join(" ");
          const words = text
            .replace(/\u00a0/g, " ")
            .split(/\s+/)
            .filter((word) => /[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]{2,}/.test(word) && !/^(Rozdział|Art\.)$/.test(word));
          // A point or letter marker glued to its text ("a)Ala") becomes the unit's label, not part of its text.
          return words.every((word) =>
            kept.includes(word.replace(/^#+/, "").replace(/^(?:[0-9]+[a-z]?|[a-z]{1,2})\)/, "")),
          );
        },
      ),
    );
  });

  it("numbers paragraphs 1, 2, 3 through a document split by headings, whatever the headings between them", () => {
    const units = splitIntoUnits(
      "## 1. Cel\n\nPierwszy.\n\nDrugi.\n\n## 2. Zasady\n\nTrzeci.\n\n## 3. Środki\n\n## 4. Ocena\n\nCzwarty.",
    );
    const numbers = paragraphNumbers(units);
    const cite = (number: number) => `Akapit ${number}`;
    expect(units.map((unit) => unitCitation(unit, numbers, cite))).toEqual([
      "1. Cel",
      "Akapit 1",
      "Akapit 2",
      "2. Zasady",
      "Akapit 3",
      "3. Środki",
      "4. Ocena",
      "Akapit 4",
    ]);
    expect(exampleCitation(units, cite)).toBe("Akapit 1");
    // A legal text is cited by its own labels.
    expect(exampleCitation(splitIntoUnits("Rozdział 1\nPrzepisy ogólne\n§ 1. Rada liczy 16 członków."), cite)).toBe(
      "§ 1",
    );
  });
});
