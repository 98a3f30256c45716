import { parseSearchParams } from "@/lib/http/search-params";
import { authorTopicChipFields, authorTopicParams, type AuthorTopicSearch } from "@/lib/search/author-topic-filters";
import { activeFilters } from "@/lib/search/filter-chips";

const organisationId = "cmf0a1b2c3d4e5f6g7h8i9j0k";

describe("authorTopicParams", () => {
  it("keeps a valid organisation, sphere and territory (region, powiat or gmina code)", () => {
    for (const territory of ["16", "1661", "1661011"]) {
      const { params, dropped } = parseSearchParams<AuthorTopicSearch>(authorTopicParams, {
        organisation: organisationId,
        sphere: "udpp-4-1-17",
        territory,
      });
      expect(dropped).toBe(false);
      expect(params).toEqual({ organisation: organisationId, sphere: "udpp-4-1-17", territory });
    }
  });

  it("drops and reports a malformed one, keeping the others", () => {
    const { params, dropped } = parseSearchParams<AuthorTopicSearch>(authorTopicParams, {
      organisation: "'; drop table",
      sphere: "Ekologia!",
      territory: "166",
    });
    expect(dropped).toBe(true);
    expect(params).toEqual({});
    const kept = parseSearchParams<AuthorTopicSearch>(authorTopicParams, { sphere: "udpp-4-1-17", territory: "166" });
    expect(kept).toEqual({ params: { sphere: "udpp-4-1-17" }, dropped: true });
  });
});

describe("authorTopicChipFields", () => {
  const labels = { organisation: "Organizacja", territory: "Obszar", sphere: "Sfera" };
  const options = {
    organisation: { id: organisationId, name: "Fundacja Odra", seat: "Opole" },
    territories: [{ value: "1661011", label: "Opole (Opole)", lang: "pl" }],
    sphereOptions: [{ value: "udpp-4-1-17", label: "17. ekologia" }],
  };

  it("names the chosen organisation, territory and sphere as people read them, in that order", () => {
    const search = { q: "las", sphere: "udpp-4-1-17", territory: "1661011", organisation: organisationId };
    expect(activeFilters(search, authorTopicChipFields(labels, options))).toEqual([
      { key: "organisation", field: "Organizacja", value: "Fundacja Odra" },
      { key: "territory", field: "Obszar", value: "Opole (Opole)" },
      { key: "sphere", field: "Sfera", value: "17. ekologia" },
    ]);
  });

  it("shows the raw value of an organisation or option that is no longer there, and nothing for an unset filter", () => {
    const gone = { organisation: null, territories: [], sphereOptions: [] };
    expect(
      activeFilters<AuthorTopicSearch>(
        { organisation: organisationId, sphere: "udpp-4-1-99" },
        authorTopicChipFields(labels, gone),
      ),
    ).toEqual([
      { key: "organisation", field: "Organizacja", value: organisationId },
      { key: "sphere", field: "Sfera", value: "udpp-4-1-99" },
    ]);
  });
});
