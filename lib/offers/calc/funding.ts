// V.B, the sources of funding. The applicant types the grant, own contribution
// (financial and non-financial) and payments from recipients; row 1 is the V.A
// total and row 3 and every share are computed. Whether 2 + 3 + 4 = 1 is
// checkOffer's FUNDING_DOES_NOT_ADD_UP, with `difference` as its number.
import type { FundingSection } from "@/lib/offers/document/schema";
import { shareBp, type Grosze } from "@/lib/offers/calc/money";
import type { CostTotals } from "@/lib/offers/calc/costs";

export type FundingRowKey = "total" | "grant" | "own" | "ownFinancial" | "ownNonFinancial" | "recipientPayments";

export type FundingRow = {
  /** The row's number in V.B ("1", "2", "3", "3.1", "3.2", "4"). */
  ref: string;
  key: FundingRowKey;
  value: Grosze;
  /** Share of row 1 in basis points (10000 = 100 %). */
  shareBp: number;
};

export type FundingTotals = {
  rows: FundingRow[];
  total: Grosze;
  grant: Grosze;
  own: Grosze;
  ownFinancial: Grosze;
  ownNonFinancial: Grosze;
  recipientPayments: Grosze;
  /** total − (grant + own + recipientPayments): 0 when the sources cover the costs exactly. */
  difference: Grosze;
};

export function computeFunding(totals: Pick<CostTotals, "grandTotal">, funding: FundingSection): FundingTotals {
  const total = totals.grandTotal;
  const grant = funding.grant ?? 0;
  const ownFinancial = funding.ownFinancial ?? 0;
  const ownNonFinancial = funding.ownNonFinancial ?? 0;
  const recipientPayments = funding.recipientPayments ?? 0;
  const own = ownFinancial + ownNonFinancial;
  const row = (ref: string, key: FundingRowKey, value: Grosze): FundingRow => ({
    ref,
    key,
    value,
    shareBp: shareBp(value, total),
  });
  return {
    rows: [
      row("1", "total", total),
      row("2", "grant", grant),
      row("3", "own", own),
      row("3.1", "ownFinancial", ownFinancial),
      row("3.2", "ownNonFinancial", ownNonFinancial),
      row("4", "recipientPayments", recipientPayments),
    ],
    total,
    grant,
    own,
    ownFinancial,
    ownNonFinancial,
    recipientPayments,
    difference: total - grant - own - recipientPayments,
  };
}
