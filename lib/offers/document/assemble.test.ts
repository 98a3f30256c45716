import { assembleDocument, taskYears } from "@/lib/offers/document/assemble";
import { emptyOfferDocument, offerSectionKeys, sectionSchemas } from "@/lib/offers/document/schema";

describe("emptyOfferDocument", () => {
  it("starts every section empty, with a plan table per year", () => {
    const doc = emptyOfferDocument("FULL_2018", [2028, 2027]);
    expect(doc.years).toEqual([2027, 2028]);
    expect(doc.plan).toEqual({ "2027": [], "2028": [] });
    expect(doc.applicants).toEqual({ list: [], contact: {} });
    expect(doc.costs).toEqual({ lines: [] });
    expect(doc.resultsTable).toEqual([]);
  });

  it("gives the simplified template no plan, no V.C and no VI", () => {
    expect(offerSectionKeys("SIMPLIFIED_2018")).not.toEqual(expect.arrayContaining(["plan"]));
    expect(offerSectionKeys("SIMPLIFIED_2018")).toEqual(expect.not.arrayContaining(["plan", "jointSplit", "other"]));
  });
});

describe("draft schemas", () => {
  it("take an incomplete section as it is typed", () => {
    expect(sectionSchemas.description.safeParse({ title: "Se" }).success).toBe(true);
    expect(sectionSchemas.costs.safeParse({ lines: [{ id: "1", category: "ACTION" }] }).success).toBe(true);
  });

  it("take 'nie dotyczy' only as an explicit choice, and refuse wrong types", () => {
    expect(sectionSchemas.other.safeParse({ otherInfo: { na: true } }).success).toBe(true);
    expect(sectionSchemas.other.safeParse({ otherInfo: { na: false } }).success).toBe(false);
    expect(sectionSchemas.funding.safeParse({ grant: 10.5 }).success).toBe(false);
    expect(sectionSchemas.funding.safeParse({ grant: -1 }).success).toBe(false);
    expect(sectionSchemas.statements.safeParse({ s1: false }).success).toBe(false);
  });
});

describe("assembleDocument", () => {
  it("builds the document from its rows and takes the years from III.2", () => {
    const { document, issues } = assembleDocument(
      [
        { key: "description", content: { title: "Seniorzy", startsOn: "2027-11-01", endsOn: "2028-02-28" } },
        { key: "funding", content: { grant: 100 } },
      ],
      "FULL_2018",
      [2030],
    );
    expect(issues).toEqual([]);
    expect(document.years).toEqual([2027, 2028]);
    expect(document.funding).toEqual({ grant: 100 });
  });

  it("turns unknown, foreign, repeated and broken rows into empty sections and issues, never a throw", () => {
    const { document, issues } = assembleDocument(
      [
        { key: "budget", content: {} },
        { key: "plan", content: {} },
        { key: "funding", content: { grant: "sto" } },
        { key: "profile", content: { resources: "Sala" } },
        { key: "profile", content: { resources: "Inna" } },
      ],
      "SIMPLIFIED_2018",
      [2027],
    );
    expect(issues.map((issue) => [issue.key, issue.kind])).toEqual([
      ["budget", "UNKNOWN_SECTION"],
      ["plan", "NOT_IN_TEMPLATE"],
      ["funding", "INVALID_CONTENT"],
      ["profile", "DUPLICATE_SECTION"],
    ]);
    expect(document.funding).toEqual({});
    expect(document.profile).toEqual({ resources: "Sala" });
    expect(document.years).toEqual([2027]);
  });
});

describe("taskYears", () => {
  it("falls back while the dates are missing, wrong or too far apart", () => {
    expect(taskYears(undefined, "2027-01-01", [2027])).toEqual([2027]);
    expect(taskYears("2028-01-01", "2027-01-01", [2027])).toEqual([2027]);
    expect(taskYears("2027-02-30", "2027-03-01", [2026])).toEqual([2026]);
    expect(taskYears("2027-01-01", "2040-01-01", [2027])).toEqual([2027]);
  });
});
