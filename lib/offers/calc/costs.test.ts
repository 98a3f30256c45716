import fc from "fast-check";
import { computeCosts } from "@/lib/offers/calc/costs";
import { MAX_AMOUNT } from "@/lib/offers/calc/money";
import { costLineArb, costLinesArb, YEARS } from "@/tests/helpers/offer-arbitraries";

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("computeCosts", () => {
  it("computes values per year from unit cost × units, with subtotals by action", () => {
    const totals = computeCosts(
      {
        lines: [
          { id: "1", category: "ACTION", actionId: "a", unitCost: 12_345, qtyMilli: { "2027": 2_500, "2028": 1_000 } },
          { id: "2", category: "ACTION", actionId: "b", unitCost: 100, qtyMilli: { "2028": 3_000 } },
          { id: "3", category: "ADMIN", unitCost: 5_000, qtyMilli: { "2027": 1_000, "2029": 7_000 } },
        ],
      },
      YEARS,
    );
    expect(totals.lines.map((line) => line.perYear)).toEqual([
      [30_863, 12_345],
      [0, 300],
      [5_000, 0],
    ]);
    expect(totals.actions).toEqual([
      { actionId: "a", perYear: [30_863, 12_345], total: 43_208 },
      { actionId: "b", perYear: [0, 300], total: 300 },
    ]);
    // 2029 has no column, so its quantity is not counted.
    expect([totals.actionsTotal, totals.adminTotal, totals.grandTotal]).toEqual([43_508, 5_000, 48_508]);
    expect(totals.perYearTotals).toEqual([35_863, 12_645]);
  });

  it("counts a line whose value would pass the limit as nothing, and says so", () => {
    const totals = computeCosts(
      { lines: [{ id: "1", category: "ACTION", unitCost: MAX_AMOUNT, qtyMilli: { "2027": 2_000 } }] },
      YEARS,
    );
    expect(totals.lines[0]).toMatchObject({ overflow: true, total: 0 });
    expect(totals.grandTotal).toBe(0);
  });

  // Property 1.
  it("adds up every way the table can be read, whatever the order of its lines", () => {
    fc.assert(
      fc.property(
        costLinesArb().chain((lines) =>
          fc.tuple(
            fc.constant(lines),
            fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }),
          ),
        ),
        ([lines, shuffled]) => {
          const totals = computeCosts({ lines }, YEARS);
          expect(totals.grandTotal).toBe(sum(totals.lines.map((line) => line.total)));
          expect(totals.grandTotal).toBe(sum(totals.perYearTotals));
          expect(totals.grandTotal).toBe(totals.actionsTotal + totals.adminTotal);
          expect(totals.actionsTotal).toBe(sum(totals.actions.map((action) => action.total)));
          const again = computeCosts({ lines: shuffled }, YEARS);
          expect([again.grandTotal, again.actionsTotal, again.adminTotal]).toEqual([
            totals.grandTotal,
            totals.actionsTotal,
            totals.adminTotal,
          ]);
          expect(again.perYearTotals).toEqual(totals.perYearTotals);
        },
      ),
    );
  });

  // Property 2.
  it("keeps every line within half a grosz of unit cost × units, as a safe integer", () => {
    fc.assert(
      fc.property(costLinesArb(), (lines) => {
        const totals = computeCosts({ lines }, YEARS);
        totals.lines.forEach((line, i) => {
          YEARS.forEach((year, y) => {
            const value = line.perYear[y]!;
            expect(Number.isSafeInteger(value)).toBe(true);
            const exact = BigInt(lines[i]!.unitCost ?? 0) * BigInt(lines[i]!.qtyMilli[String(year)] ?? 0);
            const error = BigInt(value) * 1000n - exact;
            expect(error <= 500n && error >= -500n).toBe(true);
          });
          expect(line.total).toBe(sum(line.perYear));
        });
      }),
    );
  });

  // Property 3.
  it("grows by exactly a new line's value, and is restored when the line is removed", () => {
    fc.assert(
      fc.property(costLinesArb(), costLineArb(YEARS), fc.nat(), (lines, extra, at) => {
        const before = computeCosts({ lines }, YEARS);
        const index = at % (lines.length + 1);
        const withLine = [...lines.slice(0, index), extra, ...lines.slice(index)];
        const after = computeCosts({ lines: withLine }, YEARS);
        const value = after.lines[index]!.total;
        expect(after.grandTotal).toBe(before.grandTotal + value);
        const removed = computeCosts({ lines: withLine.filter((_, i) => i !== index) }, YEARS);
        expect(removed).toEqual(before);
      }),
    );
  });
});
