import { directoryQuery, type DirectoryFilters } from "@/lib/directory/filters";
import { newsQuery, type NewsSearchParams } from "@/lib/news/public-filters";
import { partnerRequestSearchQuery, type PartnerRequestSearch } from "@/lib/partnerships/list/filters";
import { activeFilters, filterChips, optionLabel } from "@/lib/search/filter-chips";

const params = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

describe("filterChips", () => {
  const filters: DirectoryFilters = { q: "fundacja", sphere: "udpp-4-1-17", gmina: "1661011", sort: "name", page: 3 };
  const active = activeFilters(filters, [
    { key: "q", field: "Słowa", label: (q) => q },
    { key: "sphere", field: "Sfera", label: () => "ekologia" },
    { key: "gmina", field: "Gmina", label: () => "Opole" },
  ]);
  const { chips, clearHref } = filterChips("/organizacje", filters, active, (rest) => directoryQuery(rest));

  it("removes only its own filter, keeps the others and the order, and starts again at the first page", () => {
    const sphere = chips.find((chip) => chip.key === "sphere")!;
    expect(sphere).toMatchObject({ field: "Sfera", value: "ekologia" });
    expect(sphere.href.startsWith("/organizacje?")).toBe(true);
    expect(params(sphere.href)).toEqual({ q: "fundacja", gmina: "1661011", sort: "name" });
    expect(chips.map((chip) => params(chip.href))).toEqual([
      { sphere: "udpp-4-1-17", gmina: "1661011", sort: "name" },
      { q: "fundacja", gmina: "1661011", sort: "name" },
      { q: "fundacja", sphere: "udpp-4-1-17", sort: "name" },
    ]);
  });

  it("clears all the chips' filters at once, keeping what is not a filter (the order)", () => {
    expect(clearHref).toBe("/organizacje?sort=name");
  });

  it("offers no 'clear all' for a single filter, and the last filter's chip leads to the bare list", () => {
    const one = filterChips(
      "/aktualnosci",
      { kind: "ANNOUNCEMENT", page: 2 } as NewsSearchParams,
      [{ key: "kind", field: "Rodzaj", value: "ogłoszenie" }],
      (rest) => newsQuery(rest),
    );
    expect(one.clearHref).toBeUndefined();
    expect(one.chips.map((chip) => chip.href)).toEqual(["/aktualnosci"]);
  });

  it("resets a page parameter of another name (the forum's 'strona')", () => {
    const { chips } = filterChips(
      "/forum/szukaj",
      { q: "seniorzy", strona: 4, other: "x" },
      [{ key: "q", value: "seniorzy" }],
      (rest) =>
        `?${new URLSearchParams(Object.entries(rest).filter(([, v]) => v !== undefined) as [string, string][])}`,
      "strona",
    );
    expect(params(chips[0]!.href)).toEqual({ other: "x" });
  });

  it("works with a list whose filters sit apart from its order and page (partner requests)", () => {
    const search: PartnerRequestSearch = {
      filters: { role: "VOLUNTEERS", territory: "1661" },
      sort: "newest",
      page: 5,
    };
    const { chips } = filterChips(
      "/partnerstwa",
      search.filters,
      [
        { key: "role", value: "wolontariusze" },
        { key: "territory", value: "Opole" },
      ],
      (filters) => partnerRequestSearchQuery({ ...search, filters, page: 1 }),
    );
    expect(chips.map((chip) => params(chip.href))).toEqual([
      { territory: "1661", sort: "newest" },
      { role: "VOLUNTEERS", sort: "newest" },
    ]);
  });
});

describe("activeFilters", () => {
  it("lists the fields with a value, in the fields' order, by their human names", () => {
    const spheres = [{ value: "udpp-4-1-17", label: "17. ekologia i ochrona zwierząt" }];
    expect(
      activeFilters({ sphere: "udpp-4-1-17", opp: true, kind: "", q: undefined } as Record<string, unknown>, [
        { key: "q", field: "Słowa", label: (q) => q },
        { key: "kind", field: "Rodzaj", label: (kind) => kind },
        { key: "sphere", field: "Sfera", label: (id) => optionLabel(spheres, id) },
        { key: "opp", label: () => "tylko OPP" },
      ]),
    ).toEqual([
      { key: "sphere", field: "Sfera", value: "17. ekologia i ochrona zwierząt" },
      { key: "opp", field: undefined, value: "tylko OPP" },
    ]);
  });

  it("shows an unknown option's value rather than nothing", () => {
    expect(optionLabel([], "1661011")).toBe("1661011");
  });
});
