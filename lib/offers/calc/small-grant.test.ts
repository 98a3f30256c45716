import { checkOffer, type CheckContext } from "@/lib/offers/calc/check-offer";
import { emptyOfferDocument, type OfferDocument } from "@/lib/offers/document/schema";
import { formatProblemValues } from "@/lib/offers/calc/problems";

/** "Dzień zdrowia seniora": 8 500 zł of grant over 60 days. */
function smallGrantOffer(): OfferDocument {
  const doc = emptyOfferDocument("SIMPLIFIED_2018", [2027]);
  doc.applicants = {
    list: [
      {
        organisationId: "org",
        name: "Zdrowie bez Barier",
        legalForm: "stowarzyszenie",
        register: { kind: "KRS", number: "0000654321" },
        seatAddress: "Opole",
        website: { na: true },
        correspondenceAddress: { na: true },
        email: "a@example.org",
        phone: "77 000 00 00",
      },
    ],
    contact: { name: "Jan Nowak", phone: "600 000 000", email: "jan@example.org" },
  };
  doc.description = {
    title: "Dzień zdrowia seniora",
    startsOn: "2027-05-01",
    endsOn: "2027-06-29",
    place: "Opole",
    synopsis: "Badania",
    goals: "Profilaktyka",
  };
  doc.results = { expected: "200 osób zbadanych" };
  doc.profile = { previousActivity: "Od 2015 r." };
  doc.costs = {
    lines: [
      { id: "1", category: "ACTION", name: "Badania", unit: "osoba", unitCost: 5_000, qtyMilli: { "2027": 200_000 } },
    ],
  };
  doc.funding = { grant: 850_000, ownFinancial: 150_000 };
  doc.statements = { s1: true, s2: true, s3: "NO_ARREARS", s4: "NO_ARREARS", s5: "KRS", s6: true, s7: true };
  return doc;
}

const rules = {
  "smallGrant.maxGrant": 1_000_000,
  "smallGrant.maxDays": 90,
  "smallGrant.maxPerOrganisationYear": 2_000_000,
  "smallGrant.maxShareOfPlannedBp": 2_000,
};
const facts = { smallGrant: { intakeOpen: true, organisationYearUsed: 0, poolUsed: 0, plannedTotal: 200_000_000 } };
const ctx: CheckContext = { kind: "SINGLE", rules, facts };

describe("small grants (art. 19a) from the rules in force", () => {
  it("accepts an offer within every limit, without a plan table or V.C", () => {
    expect(checkOffer(smallGrantOffer(), ctx)).toEqual([]);
  });

  it("holds the grant to the maximum, the task to 90 days counting both ends", () => {
    const doc = smallGrantOffer();
    doc.description.endsOn = "2027-07-29"; // 1 May – 29 July: 90 days
    expect(checkOffer(doc, ctx)).toEqual([]);
    doc.description.endsOn = "2027-07-30";
    doc.funding = { grant: 1_000_001, ownFinancial: 0 };
    doc.costs.lines[0]!.unitCost = 1_000_001;
    doc.costs.lines[0]!.qtyMilli = { "2027": 1_000 };
    expect(checkOffer(doc, ctx).map((p) => [p.code, p.values])).toEqual([
      ["SG_GRANT_ABOVE_MAX", { grant: 1_000_001, max: 1_000_000 }],
      ["SG_TOO_LONG", { days: 91, max: 90 }],
    ]);
  });

  it("counts what the organisation already got this year and the executive's 20 %", () => {
    const used = { ...ctx, facts: { smallGrant: { ...facts.smallGrant, organisationYearUsed: 1_200_000 } } };
    expect(checkOffer(smallGrantOffer(), used).map((p) => [p.code, p.values.available])).toEqual([
      ["SG_ORGANISATION_YEAR_LIMIT", 800_000],
    ]);
    const pool = { ...ctx, facts: { smallGrant: { ...facts.smallGrant, poolUsed: 39_200_000 } } };
    expect(checkOffer(smallGrantOffer(), pool).map((p) => [p.code, p.values.available])).toEqual([
      ["SG_POOL_SHARE_EXCEEDED", 800_000],
    ]);
    const atTheLimit = { ...ctx, facts: { smallGrant: { ...facts.smallGrant, poolUsed: 39_150_000 } } };
    expect(checkOffer(smallGrantOffer(), atTheLimit)).toEqual([]);
  });

  it("refuses an office that does not take small-grant offers", () => {
    const closed = { ...ctx, facts: { smallGrant: { ...facts.smallGrant, intakeOpen: false } } };
    expect(checkOffer(smallGrantOffer(), closed).map((p) => p.code)).toEqual(["SG_INTAKE_CLOSED"]);
  });

  it("follows new limits as data: a higher maximum from a later rule passes the same offer", () => {
    const doc = smallGrantOffer();
    doc.funding = { grant: 1_500_000 };
    doc.costs.lines[0]!.unitCost = 7_500;
    expect(checkOffer(doc, ctx).map((p) => p.code)).toEqual(["SG_GRANT_ABOVE_MAX"]);
    expect(checkOffer(doc, { ...ctx, rules: { ...rules, "smallGrant.maxGrant": 2_000_000 } })).toEqual([]);
  });

  it("formats the message parameters as money and shares", () => {
    const pool = { ...ctx, facts: { smallGrant: { ...facts.smallGrant, poolUsed: 39_200_000 } } };
    const [problem] = checkOffer(smallGrantOffer(), pool);
    expect(formatProblemValues(problem!, "pl", (key) => `[${key}]`)).toEqual({
      field: "[offerEditor.fields.fundingGrant]",
      grant: "8500,00\u00a0zł",
      available: "8000,00\u00a0zł",
      maxShare: "20%",
    });
  });
});
