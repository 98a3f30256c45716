import {
  parsePartnerRequestSearch,
  partnerRequestFiltersQuery,
  partnerRequestSearchQuery,
} from "@/lib/partnerships/list/filters";

describe("parsePartnerRequestSearch", () => {
  it("reads every filter, the order and the page, and ignores empty ones", () => {
    const { search, invalid } = parsePartnerRequestSearch(
      new URLSearchParams(
        "q= świetlica &role=VOLUNTEERS&sphere=udpp-4-1-17&territory=1609032&partner=FOUNDATION&closing=7&closesBy=2027-02-28&sort=newest&page=3&unknown=x&tag=",
      ),
    );
    expect(invalid).toEqual([]);
    expect(search).toEqual({
      filters: {
        q: "świetlica",
        role: "VOLUNTEERS",
        sphere: "udpp-4-1-17",
        territory: "1609032",
        partner: "FOUNDATION",
        closing: "7",
        closesBy: "2027-02-28",
      },
      sort: "newest",
      page: 3,
    });
  });

  it("names each malformed parameter and drops it", () => {
    const { search, invalid } = parsePartnerRequestSearch({
      role: "BOSS",
      territory: "16",
      partner: "PARTY",
      closing: "14",
      closesBy: "2027-02-30",
      sort: "random",
      page: "0",
      sphere: "Sfera 1",
    });
    expect(invalid.sort()).toEqual(["closesBy", "closing", "page", "partner", "role", "sort", "sphere", "territory"]);
    expect(search).toEqual({ filters: {}, sort: "closing", page: 1 });
  });

  it("orders by relevance when there are words, closing soonest otherwise (relevance without words is not an order)", () => {
    expect(parsePartnerRequestSearch({ q: "kuchnia" }).search.sort).toBe("relevance");
    expect(parsePartnerRequestSearch({}).search.sort).toBe("closing");
    expect(parsePartnerRequestSearch({ sort: "relevance" }).search.sort).toBe("closing");
    expect(parsePartnerRequestSearch({ q: "kuchnia", sort: "closing" }).search.sort).toBe("closing");
  });

  it("accepts a powiat and the kinds of partner that are not legal forms", () => {
    expect(parsePartnerRequestSearch({ territory: "1609", partner: "localGovernment" }).search.filters).toEqual({
      territory: "1609",
      partner: "localGovernment",
    });
    expect(parsePartnerRequestSearch({ partner: "withoutPublicBenefit" }).invalid).toEqual([]);
  });

  it("takes the first of repeated page parameters", () => {
    expect(parsePartnerRequestSearch({ role: ["EXPERTISE", "VOLUNTEERS"] }).search.filters.role).toBe("EXPERTISE");
  });
});

describe("query strings", () => {
  it("gives the feeds the filters only, in a fixed order", () => {
    expect(partnerRequestFiltersQuery({})).toBe("");
    expect(partnerRequestFiltersQuery({ territory: "1609", q: "dom kultury", role: "EXPERTISE" })).toBe(
      "?q=dom+kultury&role=EXPERTISE&territory=1609",
    );
  });

  it("keeps the search for pagination, leaving out the default order and the first page", () => {
    const search = { filters: { role: "VOLUNTEERS" as const }, sort: "closing" as const, page: 1 };
    expect(partnerRequestSearchQuery(search)).toBe("?role=VOLUNTEERS");
    expect(partnerRequestSearchQuery(search, 2)).toBe("?role=VOLUNTEERS&page=2");
    expect(partnerRequestSearchQuery({ ...search, sort: "newest" }, 3)).toBe("?role=VOLUNTEERS&sort=newest&page=3");
    expect(partnerRequestSearchQuery({ filters: { q: "hala" }, sort: "relevance", page: 1 })).toBe("?q=hala");
  });

  it("round-trips: a query string read back gives the same search", () => {
    const search = { filters: { q: "hala", partner: "localGovernment" as const }, sort: "newest" as const, page: 4 };
    const again = parsePartnerRequestSearch(new URLSearchParams(partnerRequestSearchQuery(search)));
    expect(again).toEqual({ search, invalid: [] });
  });
});
