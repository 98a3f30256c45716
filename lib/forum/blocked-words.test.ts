import { blockedWordsIn, compilePattern, DEFAULT_BLOCKED_PATTERNS, foldForMatching } from "@/lib/forum/blocked-words";

describe("blocked words", () => {
  it("folds diacritics, digit swaps and stretched letters", () => {
    expect(foldForMatching("KUUURWA Łódź ż0łądź")).toBe("kurwa lodz zoladz");
    expect(foldForMatching("p1erd0l")).toBe("pierdol");
  });

  it("matches Polish inflections and prefixes of the default roots", () => {
    for (const text of [
      "Co za kurwa.",
      "skurwiel jeden",
      "Spierdalaj stąd",
      "rozpierdolić wszystko",
      "to jest zajebiste",
      "ty chuju",
      "K U R W A".replace(/ /g, ""),
      "kuuurwa",
      "wypierdalać",
      "pizda",
    ]) {
      expect({ text, held: blockedWordsIn(text, DEFAULT_BLOCKED_PATTERNS).length > 0 }).toEqual({ text, held: true });
    }
  });

  it("leaves ordinary Polish alone", () => {
    for (const text of [
      "Kurator oświaty ogłosił konkurs.",
      "Szmaragdowe jezioro w Turawie",
      "Pierogi z jagodami na festynie",
      "Chudy budżet, ale dobry projekt.",
      "Zajęcia dla seniorów w Brzegu",
      "Kurs pierwszej pomocy",
      "Jebłoński",
    ]) {
      expect({ text, matched: blockedWordsIn(text, DEFAULT_BLOCKED_PATTERNS) }).toEqual({ text, matched: [] });
    }
  });

  it("reads the three kinds of pattern", () => {
    expect(blockedWordsIn("debilem, debilizm, debilitacja", ["debil"])).toEqual(["debil"]);
    expect(blockedWordsIn("debilitacja", ["debil"])).toEqual([]);
    expect(blockedWordsIn("bezdebilny", ["debil*"])).toEqual([]);
    expect(blockedWordsIn("bezdebilny", ["*debil*"])).toEqual(["*debil*"]);
    expect(compilePattern("**")).toBeNull();
    expect(compilePattern("ab")).toBeNull();
  });
});
