import { commonLanguages, isLanguageCode, languageName, namedLanguages } from "@/lib/partnerships/languages";

describe("working languages", () => {
  it("accept ISO 639-1 codes only", () => {
    for (const code of ["pl", "de", "cs", "uk", "en"]) expect(isLanguageCode(code)).toBe(true);
    for (const code of ["PL", "deu", "szl", "xx", "", "de-DE"]) expect(isLanguageCode(code)).toBe(false);
    expect(commonLanguages.every(isLanguageCode)).toBe(true);
  });

  it("are named in the reader's language", () => {
    expect(languageName("de", "pl")).toBe("niemiecki");
    expect(languageName("cs", "en")).toBe("Czech");
    expect(languageName("pl", "de")).toBe("Polnisch");
  });

  it("are ordered by name as the reader's language sorts", () => {
    expect(namedLanguages(["uk", "cs", "de", "en"], "pl").map((l) => l.name)).toEqual([
      "angielski",
      "czeski",
      "niemiecki",
      "ukraiński",
    ]);
    expect(namedLanguages(["uk", "cs", "de"], "de").map((l) => l.code)).toEqual(["de", "cs", "uk"]);
  });
});
