import { ideaFiltersQuery, parseIdeaFilters } from "@/lib/ideas/feeds/filters";

describe("parseIdeaFilters", () => {
  it("reads the list's filters and ignores empty ones", () => {
    const { filters, invalid } = parseIdeaFilters(
      new URLSearchParams(
        "kind=TASK_PROPOSAL&status=RECEIVED&office=cmoffice00000000000000001&sphere=udpp-4-1-17&territory=1609&organisation=cmorganisation0000000001&q= świetlica &page=",
      ),
    );
    expect(invalid).toEqual([]);
    expect(filters).toEqual({
      kind: "TASK_PROPOSAL",
      status: "RECEIVED",
      office: "cmoffice00000000000000001",
      sphere: "udpp-4-1-17",
      territory: "1609",
      organisation: "cmorganisation0000000001",
      q: "świetlica",
    });
  });

  it("takes the operator and the council as addressees", () => {
    expect(parseIdeaFilters(new URLSearchParams("office=operator")).filters).toEqual({ office: "operator" });
    expect(parseIdeaFilters(new URLSearchParams("office=council")).filters).toEqual({ office: "council" });
  });

  it("names each malformed filter", () => {
    const { invalid } = parseIdeaFilters(
      new URLSearchParams(
        "kind=IDEA&status=DONE&territory=160&office=Urząd&organisation=fundacja-x&q=" + "x".repeat(201),
      ),
    );
    expect(invalid.sort()).toEqual(["kind", "office", "organisation", "q", "status", "territory"]);
  });
});

describe("ideaFiltersQuery", () => {
  it("writes the filters back in a fixed order", () => {
    expect(ideaFiltersQuery({})).toBe("");
    expect(ideaFiltersQuery({ q: "dom kultury", kind: "NEED" })).toBe("?kind=NEED&q=dom+kultury");
  });
});
