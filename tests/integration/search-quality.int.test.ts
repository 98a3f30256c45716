import {
  ensureSearchQualitySet,
  measureSearchQuality,
  SEARCH_QUALITY_QUERIES,
} from "@/tests/bench/search-quality-data";

// The bench's search-quality measurement (issue 24) over a small set: the
// demo's organisations and the others the queries look for, among look-alike
// names at the same places. The bench runs it over the national data.
describe("search quality", () => {
  it("has at least 100 queries of every kind", () => {
    expect(SEARCH_QUALITY_QUERIES.length).toBeGreaterThanOrEqual(100);
    const kinds = new Set(SEARCH_QUALITY_QUERIES.map(([, , kind]) => kind));
    expect([...kinds].sort()).toEqual(["abbreviation", "cases", "diacritics", "lemma", "typo"]);
  });

  it("finds the organisation in the first three for at least 95 % of the queries", async () => {
    await ensureSearchQualitySet({ lookAlikes: true });
    const quality = await measureSearchQuality();
    console.log(
      `search-quality: ${quality.found_in_top_3}/${quality.queries} = ${quality.share_percent} %`,
      quality.by_kind,
      quality.missed,
    );
    expect(quality.share_percent).toBeGreaterThanOrEqual(95);
  });
});
