import { ideaFiltersQuery, parseIdeaFilters } from "@/lib/ideas/feeds/filters";

describe("parseIdeaFilters", () => {
  it("reads the list's filters and ignores empty ones", () => {
    const { filters, invalid } = parseIdeaFilters(
      new URLSearchParams(
        "kind=TASK_PROPOSAL&status=RECEIVED&institution=urzad-gminy&sphere=udpp-4-1-17&territory=1609&organisation=fundacja-x&q= świetlica &page=",
      ),
    );
    expect(invalid).toEqual([]);
    expect(filters).toEqual({
      kind: "TASK_PROPOSAL",
      status: "RECEIVED",
      institution: "urzad-gminy",
      sphere: "udpp-4-1-17",
      territory: "1609",
      organisation: "fundacja-x",
      q: "świetlica",
    });
  });

  it("names each malformed filter", () => {
    const { invalid } = parseIdeaFilters(
      new URLSearchParams("kind=IDEA&status=DONE&territory=160&institution=Urząd&q=" + "x".repeat(201)),
    );
    expect(invalid.sort()).toEqual(["institution", "kind", "q", "status", "territory"]);
  });
});

describe("ideaFiltersQuery", () => {
  it("writes the filters back in a fixed order", () => {
    expect(ideaFiltersQuery({})).toBe("");
    expect(ideaFiltersQuery({ q: "dom kultury", kind: "NEED" })).toBe("?kind=NEED&q=dom+kultury");
  });
});
