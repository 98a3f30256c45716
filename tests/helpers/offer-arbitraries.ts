// Offers for the calculation's tests: a complete offer that passes every check
// of a typical competition, and fast-check arbitraries for cost tables.
import fc from "fast-check";
import { emptyOfferDocument, type CostLine, type OfferDocument } from "@/lib/offers/document/schema";
import type { CheckContext } from "@/lib/offers/calc/check-offer";

export const YEARS = [2027, 2028];

/** A full, single offer over two years: 10 000 zł of actions and 1 000 zł of administration each year. */
export function completeOffer(): OfferDocument {
  const doc = emptyOfferDocument("FULL_2018", YEARS);
  doc.applicants = {
    list: [
      {
        organisationId: "org-lead",
        name: "Fundacja Opolskie Centrum Wolontariatu",
        legalForm: "fundacja",
        register: { kind: "KRS", number: "0000123456" },
        seatAddress: "ul. Ozimska 1, 45-057 Opole",
        website: { na: true },
        correspondenceAddress: { na: true },
        email: "biuro@example.org",
        phone: "+48 77 123 45 67",
      },
    ],
    contact: { name: "Anna Kowalska", phone: "+48 600 100 200", email: "anna@example.org" },
  };
  doc.description = { title: "Seniorzy w sieci", startsOn: "2027-03-01", endsOn: "2028-11-30", synopsis: "Kursy." };
  doc.plan = {
    "2027": [
      {
        id: "a1",
        name: "Kursy",
        description: "Dwa kursy",
        targetGroup: "Seniorzy",
        period: "III–XI",
        nonPartyScope: { na: true },
      },
    ],
    "2028": [
      {
        id: "a2",
        name: "Kursy II",
        description: "Dwa kursy",
        targetGroup: "Seniorzy",
        period: "III–XI",
        nonPartyScope: { na: true },
      },
    ],
  };
  doc.results = { directEffect: "Kursy", socialChange: "Mniej wykluczenia", sustainability: "Tak" };
  doc.resultsTable = [{ id: "r1", name: "Uczestnicy", target: "40", monitoring: "Listy obecności" }];
  doc.profile = { previousActivity: "Od 2010 r.", resources: "Sala, 3 osoby" };
  doc.costs = {
    lines: [
      {
        id: "c1",
        category: "ACTION",
        actionId: "a1",
        name: "Trener",
        unit: "godzina",
        unitCost: 10_000,
        qtyMilli: { "2027": 100_000 },
      },
      {
        id: "c2",
        category: "ACTION",
        actionId: "a2",
        name: "Trener",
        unit: "godzina",
        unitCost: 10_000,
        qtyMilli: { "2028": 100_000 },
      },
      {
        id: "c3",
        category: "ADMIN",
        name: "Księgowość",
        unit: "miesiąc",
        unitCost: 50_000,
        qtyMilli: { "2027": 2_000, "2028": 2_000 },
      },
    ],
  };
  // 22 000 zł: 19 800 grant, 2 000 own financial, 200 own non-financial.
  doc.funding = { grant: 1_980_000, ownFinancial: 200_000, ownNonFinancial: 20_000, recipientPayments: 0 };
  doc.other = { paid: "FREE", otherInfo: { na: true } };
  doc.statements = { s1: true, s2: true, s3: "NO_ARREARS", s4: "NO_ARREARS", s5: "KRS", s6: true, s7: true };
  return doc;
}

export const typicalContext: CheckContext = {
  kind: "SINGLE",
  params: {
    form: "SUPPORT",
    minGrant: 500_000,
    maxGrant: 4_000_000,
    pool: 20_000_000,
    minOwnContributionBp: 1_000,
    nonFinancialCounts: true,
    maxAdminCostBp: 1_000,
    adminCapBase: "TOTAL_COST",
    allowedYears: YEARS,
    implementationStartsOn: "2027-02-01",
    implementationEndsOn: "2028-12-31",
  },
};

const amount = fc.integer({ min: 0, max: 100_000_000 });
const quantity = fc.integer({ min: 0, max: 5_000_000 });

export function costLineArb(years: readonly number[]): fc.Arbitrary<CostLine> {
  return fc.record({
    id: fc.uuid(),
    category: fc.constantFrom("ACTION" as const, "ADMIN" as const),
    unitCost: amount,
    qtyMilli: fc
      .tuple(...years.map(() => quantity))
      .map((qs) => Object.fromEntries(years.map((year, i) => [String(year), qs[i]!]))),
  });
}

export function costLinesArb(years: readonly number[] = YEARS): fc.Arbitrary<CostLine[]> {
  return fc.array(costLineArb(years), { maxLength: 30 });
}
