// Properties 4–7 and 9 of design §5, and totality: checkOffer never throws and
// gives the same answer twice, whatever the document.
import fc from "fast-check";
import { checkOffer, type CheckContext, type OfferParams } from "@/lib/offers/calc/check-offer";
import { computeCosts } from "@/lib/offers/calc/costs";
import { computeFunding } from "@/lib/offers/calc/funding";
import { MAX_AMOUNT } from "@/lib/offers/calc/money";
import { assembleDocument } from "@/lib/offers/document/assemble";
import { offerSectionKeyList, type CostLine, type OfferDocument } from "@/lib/offers/document/schema";
import { completeOffer, costLinesArb, YEARS } from "@/tests/helpers/offer-arbitraries";

const single: CheckContext = { kind: "SINGLE" };

function offerWith(lines: CostLine[], funding: OfferDocument["funding"]): OfferDocument {
  const doc = completeOffer();
  doc.costs = { lines };
  doc.funding = funding;
  doc.other.paid = "BOTH";
  return doc;
}

const total = (lines: CostLine[]) => computeCosts({ lines }, YEARS).grandTotal;
const has = (doc: OfferDocument, ctx: CheckContext, code: string) => checkOffer(doc, ctx).some((p) => p.code === code);

/** Cost lines with the sources of funding covering them exactly, in a random mix. */
const coveredOffer = costLinesArb().chain((lines) => {
  const sum = total(lines);
  return fc
    .tuple(fc.integer({ min: 0, max: sum }), fc.integer({ min: 0, max: sum }), fc.integer({ min: 0, max: sum }))
    .map(([a, b, c]) => {
      const [x, y, z] = [a, b, c].sort((p, q) => p - q) as [number, number, number];
      return offerWith(lines, { grant: x, ownFinancial: y - x, ownNonFinancial: z - y, recipientPayments: sum - z });
    });
});

const fundingRows = ["grant", "ownFinancial", "ownNonFinancial", "recipientPayments"] as const;

describe("checkOffer properties", () => {
  // Property 4.
  it("reports FUNDING_DOES_NOT_ADD_UP exactly when one grosz is off, and nothing else changes", () => {
    fc.assert(
      fc.property(coveredOffer, fc.constantFrom(...fundingRows), fc.constantFrom(1, -1), (doc, row, delta) => {
        const before = checkOffer(doc, single);
        expect(before.map((p) => p.code)).not.toContain("FUNDING_DOES_NOT_ADD_UP");
        const value = (doc.funding[row] ?? 0) + delta;
        fc.pre(value >= 0);
        const after = checkOffer({ ...doc, funding: { ...doc.funding, [row]: value } }, single);
        const added = after.filter((p) => !before.some((q) => JSON.stringify(q) === JSON.stringify(p)));
        expect(added).toEqual([
          expect.objectContaining({
            code: "FUNDING_DOES_NOT_ADD_UP",
            values: expect.objectContaining({ difference: -delta }),
          }),
        ]);
        expect(after.length).toBe(before.length + 1);
      }),
    );
  });

  // Property 5.
  it("gives shares that add up to 100 % within two basis points, rising with the value", () => {
    fc.assert(
      fc.property(coveredOffer, (doc) => {
        const funding = computeFunding(computeCosts(doc.costs, doc.years), doc.funding);
        fc.pre(funding.total > 0);
        const share = (key: string) => funding.rows.find((row) => row.key === key)!.shareBp;
        expect(Math.abs(share("grant") + share("own") + share("recipientPayments") - 10_000)).toBeLessThanOrEqual(2);
        const more = computeFunding({ grandTotal: funding.total }, { ...doc.funding, grant: funding.grant + 1 });
        expect(more.rows[1]!.shareBp).toBeGreaterThanOrEqual(share("grant"));
      }),
    );
  });

  // Property 6.
  it("lets the grant reach the maximum and no further", () => {
    fc.assert(
      fc.property(coveredOffer, (doc) => {
        const grant = doc.funding.grant ?? 0;
        expect(has(doc, { kind: "SINGLE", params: { maxGrant: grant } }, "GRANT_ABOVE_MAX")).toBe(false);
        fc.pre(grant > 0);
        expect(has(doc, { kind: "SINGLE", params: { maxGrant: grant - 1 } }, "GRANT_ABOVE_MAX")).toBe(true);
        expect(has(doc, { kind: "SINGLE", params: { minGrant: grant } }, "GRANT_BELOW_MIN")).toBe(false);
        expect(has(doc, { kind: "SINGLE", params: { minGrant: grant + 1 } }, "GRANT_BELOW_MIN")).toBe(true);
      }),
    );
  });

  it("lets own contribution sit exactly at the minimum share, not a grosz under", () => {
    fc.assert(
      fc.property(costLinesArb(), fc.integer({ min: 1, max: 10_000 }), fc.boolean(), (lines, bp, nonFinancial) => {
        const sum = total(lines);
        // ceil(bp·total / 10000), in integers.
        const exact = Number((BigInt(bp) * BigInt(sum) + 9_999n) / 10_000n);
        const own = nonFinancial ? { ownNonFinancial: exact } : { ownFinancial: exact };
        const params: OfferParams = { minOwnContributionBp: bp };
        const at = offerWith(lines, { grant: sum - exact, ...own });
        expect(has(at, { kind: "SINGLE", params }, "OWN_CONTRIBUTION_BELOW_MIN")).toBe(false);
        fc.pre(exact > 0);
        const under = nonFinancial ? { ownNonFinancial: exact - 1 } : { ownFinancial: exact - 1 };
        const below = offerWith(lines, { grant: sum - exact + 1, ...under });
        expect(has(below, { kind: "SINGLE", params }, "OWN_CONTRIBUTION_BELOW_MIN")).toBe(true);
      }),
    );
  });

  it("lets administrative costs reach the cap on either base, not a grosz more", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 9_999 }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.constantFrom("TOTAL_COST" as const, "GRANT" as const),
        (actions, bp, grant, base) => {
          // On the total, admin ≤ bp·(actions + admin)/10000 ⇔ admin ≤ bp·actions/(10000 − bp).
          const cap = base === "GRANT" ? Math.floor((bp * grant) / 10_000) : Math.floor((bp * actions) / (10_000 - bp));
          fc.pre(cap < MAX_AMOUNT);
          const offer = (admin: number) =>
            offerWith(
              [
                { id: "a", category: "ACTION", actionId: "a1", unitCost: actions, qtyMilli: { "2027": 1_000 } },
                { id: "b", category: "ADMIN", unitCost: admin, qtyMilli: { "2027": 1_000 } },
              ],
              { grant },
            );
          const params: OfferParams = { maxAdminCostBp: bp, adminCapBase: base };
          expect(has(offer(cap), { kind: "SINGLE", params }, "ADMIN_COSTS_ABOVE_CAP")).toBe(false);
          expect(has(offer(cap + 1), { kind: "SINGLE", params }, "ADMIN_COSTS_ABOVE_CAP")).toBe(true);
        },
      ),
    );
  });

  // Property 7.
  it("never adds GRANT_ABOVE_MAX or OWN_CONTRIBUTION_BELOW_MIN when money moves from the grant to own contribution", () => {
    fc.assert(
      fc.property(
        coveredOffer,
        fc.record({
          maxGrant: fc.nat(),
          minOwnContributionBp: fc.integer({ min: 0, max: 10_000 }),
          nonFinancialCounts: fc.boolean(),
        }),
        fc.nat(),
        fc.constantFrom("ownFinancial" as const, "ownNonFinancial" as const),
        (doc, params, amount, into) => {
          const grant = doc.funding.grant ?? 0;
          const moved = Math.min(amount, grant);
          const after = {
            ...doc,
            funding: { ...doc.funding, grant: grant - moved, [into]: (doc.funding[into] ?? 0) + moved },
          };
          const ctx: CheckContext = { kind: "SINGLE", params };
          const watched = (d: OfferDocument) =>
            checkOffer(d, ctx)
              .filter((p) => p.code === "GRANT_ABOVE_MAX" || p.code === "OWN_CONTRIBUTION_BELOW_MIN")
              .map((p) => p.code);
          const before = watched(doc);
          for (const code of watched(after)) expect(before).toContain(code);
        },
      ),
    );
  });

  // Property 9.
  it("accepts any V.C split that adds up per year and names the year of any that does not", () => {
    const splitCase = costLinesArb().chain((lines) => {
      const perYear = computeCosts({ lines }, YEARS).perYearTotals;
      const cuts = perYear.map((value) =>
        fc.tuple(fc.integer({ min: 0, max: value }), fc.integer({ min: 0, max: value })),
      );
      return fc.tuple(
        fc.constant(lines),
        fc.tuple(...cuts),
        fc.integer({ min: -1_000, max: 1_000 }).filter((d) => d !== 0),
        fc.nat(2),
        fc.nat(1),
      );
    });
    fc.assert(
      fc.property(splitCase, ([lines, cuts, delta, who, yearIndex]) => {
        const doc = offerWith(lines, {});
        const ids = ["org-lead", "org-b", "org-c"];
        doc.applicants.list = ids.map((organisationId) => ({ organisationId }));
        const perYear = computeCosts({ lines }, YEARS).perYearTotals;
        doc.jointSplit = Object.fromEntries(ids.map((id) => [id, {} as Record<string, number>]));
        YEARS.forEach((year, y) => {
          const [p, q] = [...cuts[y]!].sort((a, b) => a - b) as [number, number];
          doc.jointSplit["org-lead"]![String(year)] = p;
          doc.jointSplit["org-b"]![String(year)] = q - p;
          doc.jointSplit["org-c"]![String(year)] = perYear[y]! - q;
        });
        const ctx: CheckContext = { kind: "JOINT" };
        const mismatches = () => checkOffer(doc, ctx).filter((p) => p.code === "JOINT_SPLIT_MISMATCH");
        expect(mismatches()).toEqual([]);
        const year = String(YEARS[yearIndex]!);
        const share = doc.jointSplit[ids[who]!]![year]!;
        fc.pre(share + delta >= 0);
        doc.jointSplit[ids[who]!]![year] = share + delta;
        expect(mismatches()).toEqual([
          expect.objectContaining({
            path: `jointSplit.${year}`,
            values: expect.objectContaining({ year: Number(year), difference: -delta }),
          }),
        ]);
      }),
    );
  });

  it("never throws and answers the same twice, whatever the stored sections hold", () => {
    const sections = fc.array(
      fc.record({ key: fc.oneof(fc.constantFrom(...offerSectionKeyList), fc.string()), content: fc.anything() }),
      { maxLength: 14 },
    );
    const ctx = fc.record({
      kind: fc.constantFrom("SINGLE" as const, "JOINT" as const),
      params: fc.record(
        {
          maxGrant: fc.nat(),
          minOwnContributionBp: fc.nat(10_000),
          maxAdminCostBp: fc.nat(10_000),
          allowedYears: fc.array(fc.integer({ min: 2020, max: 2035 })),
        },
        { requiredKeys: [] },
      ),
      rules: fc.record({ "smallGrant.maxGrant": fc.nat(), "smallGrant.maxDays": fc.nat(400) }, { requiredKeys: [] }),
    });
    fc.assert(
      fc.property(
        sections,
        fc.constantFrom("FULL_2018" as const, "SIMPLIFIED_2018" as const),
        ctx,
        (rows, template, context) => {
          const { document } = assembleDocument(rows, template, [2027]);
          const first = checkOffer(document, context);
          expect(checkOffer(structuredClone(document), context)).toEqual(first);
        },
      ),
    );
  });

  it("never throws on documents that parse, with every section filled at random", () => {
    fc.assert(
      fc.property(coveredOffer, fc.constantFrom("SINGLE" as const, "JOINT" as const), (doc, kind) => {
        expect(() => checkOffer(doc, { kind, params: { allowedYears: [2027] } })).not.toThrow();
      }),
    );
  });
});
