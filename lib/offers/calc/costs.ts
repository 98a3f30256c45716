// V.A, the cost table: every value in it is computed from unit cost × number of
// units per year, never typed (issue 25: "every sum is computed"). Totals are
// plain sums of the rounded line values, so the table always adds up as printed.
import type { CostLine, CostsSection } from "@/lib/offers/document/schema";
import { MAX_AMOUNT, mulUnits, type Grosze } from "@/lib/offers/calc/money";

export type CostLineTotals = {
  id: string;
  category: CostLine["category"];
  actionId: string | null;
  /** Values per year, in the order of the `years` given. */
  perYear: Grosze[];
  total: Grosze;
  /** Units over all years, in thousandths. */
  qtyMilli: number;
  /** A year's value would pass MAX_AMOUNT: the line counts as 0 and checkOffer reports AMOUNT_TOO_LARGE. */
  overflow: boolean;
};

export type ActionTotals = { actionId: string | null; perYear: Grosze[]; total: Grosze };

export type CostTotals = {
  years: number[];
  lines: CostLineTotals[];
  /** ACTION lines grouped by their III.4 action (null: lines not yet tied to one), in first-seen order. */
  actions: ActionTotals[];
  actionsTotal: Grosze;
  actionsPerYear: Grosze[];
  adminTotal: Grosze;
  adminPerYear: Grosze[];
  grandTotal: Grosze;
  perYearTotals: Grosze[];
};

function lineTotals(line: CostLine, years: readonly number[]): CostLineTotals {
  const unitCost = line.unitCost ?? 0;
  let overflow = false;
  let qtyMilli = 0;
  const perYear = years.map((year) => {
    const qty = line.qtyMilli[String(year)] ?? 0;
    qtyMilli += qty;
    const value = mulUnits(unitCost, qty);
    if (value > MAX_AMOUNT) overflow = true;
    return value;
  });
  const counted = overflow ? years.map(() => 0) : perYear;
  return {
    id: line.id,
    category: line.category,
    actionId: line.actionId ?? null,
    perYear: counted,
    total: counted.reduce((a, b) => a + b, 0),
    qtyMilli,
    overflow,
  };
}

function addInto(target: Grosze[], values: readonly Grosze[]): void {
  values.forEach((value, index) => (target[index] = (target[index] ?? 0) + value));
}

/**
 * The whole V.A table for the given years (quantities in other years are not
 * counted: the table has no column for them).
 */
export function computeCosts(costs: CostsSection, years: readonly number[]): CostTotals {
  const zero = () => years.map(() => 0);
  const lines = costs.lines.map((line) => lineTotals(line, years));
  const actions = new Map<string | null, ActionTotals>();
  const actionsPerYear = zero();
  const adminPerYear = zero();
  for (const line of lines) {
    if (line.category === "ADMIN") {
      addInto(adminPerYear, line.perYear);
      continue;
    }
    addInto(actionsPerYear, line.perYear);
    const action = actions.get(line.actionId) ?? { actionId: line.actionId, perYear: zero(), total: 0 };
    addInto(action.perYear, line.perYear);
    action.total += line.total;
    actions.set(line.actionId, action);
  }
  const perYearTotals = years.map((_, index) => actionsPerYear[index]! + adminPerYear[index]!);
  const actionsTotal = actionsPerYear.reduce((a, b) => a + b, 0);
  const adminTotal = adminPerYear.reduce((a, b) => a + b, 0);
  return {
    years: [...years],
    lines,
    actions: [...actions.values()],
    actionsTotal,
    actionsPerYear,
    adminTotal,
    adminPerYear,
    grandTotal: actionsTotal + adminTotal,
    perYearTotals,
  };
}
