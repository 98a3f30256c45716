import { foldWord, stemWord } from "@/lib/search/lexicon/words";
import { allowedEdits, queryWords } from "@/lib/search/forgiving";

// The SQL side (pl_fold, pl_stem) is compared with these in tests/integration/search-forgiving.int.test.ts.
describe("search words", () => {
  it("folds as pl_fold does: lower case, no diacritics, ł as l", () => {
    expect(foldWord("Żółw")).toBe("zolw");
    expect(foldWord("KOŚCIÓŁ Łąka")).toBe("kosciol laka");
  });

  it("cuts the longest ending that leaves three letters, as pl_stem does", () => {
    expect(stemWord("stowarzyszeniu")).toBe("stowarzyszen");
    expect(stemWord("sportowym")).toBe("sport");
    expect(stemWord("fundacji")).toBe("fundacj");
    expect(stemWord("psa")).toBe("psa");
    expect(stemWord("kosciele")).toBe("kosciel");
  });

  it("splits a query into the words as typed", () => {
    expect(queryWords("  OSP „Brzeg” – ul. Długa 5 ")).toEqual(["OSP", "Brzeg", "ul", "Długa", "5"]);
  });

  it("allows one edit in words of up to five letters and two in longer ones", () => {
    expect(allowedEdits("olimp")).toBe(1);
    expect(allowedEdits("harcerstwa")).toBe(2);
  });
});
