import { parseCompetitionSearch, toListFilters } from "@/lib/competitions/public-filters";

const minGrant = (amount: string, locale = "pl") => {
  const { params, dropped } = parseCompetitionSearch({ amount }, locale);
  return { grosze: toListFilters(params, locale).minGrantPossible, dropped };
};

describe("the competitions list's smallest grant wanted", () => {
  it("reads money as Polish people type it, spaces, decimal comma and the currency included", () => {
    expect(minGrant("20000")).toEqual({ grosze: 2_000_000, dropped: false });
    expect(minGrant("20 000")).toEqual({ grosze: 2_000_000, dropped: false });
    expect(minGrant("20 000,50")).toEqual({ grosze: 2_000_050, dropped: false });
    expect(minGrant("20 000 zł")).toEqual({ grosze: 2_000_000, dropped: false });
    expect(minGrant("20,000.50", "en")).toEqual({ grosze: 2_000_050, dropped: false });
  });

  it("refuses what is not an amount instead of reading other digits", () => {
    for (const nonsense of ["dużo", "-5", "0", "20,5,1", "1,234"]) {
      expect(minGrant(nonsense)).toEqual({ grosze: undefined, dropped: true });
    }
  });
});
