// V.C, the split of the costs between the applicants of a joint offer: each
// applicant's share per year is typed, and per year the shares must add up to
// that year's V.A total (JOINT_SPLIT_MISMATCH names the year otherwise).
import type { Applicant, JointSplitSection } from "@/lib/offers/document/schema";
import type { Grosze } from "@/lib/offers/calc/money";
import type { CostTotals } from "@/lib/offers/calc/costs";

export type ApplicantSplit = { organisationId: string; perYear: Grosze[]; total: Grosze };

export type SplitTotals = {
  years: number[];
  applicants: ApplicantSplit[];
  /** Σ applicants per year, in the order of `years`. */
  perYearTotals: Grosze[];
  total: Grosze;
  /** V.A total − Σ applicants, per year: all 0 when the split matches. */
  differences: Grosze[];
  /** The years whose shares do not add up. */
  mismatchedYears: number[];
};

export function computeSplit(
  totals: Pick<CostTotals, "years" | "perYearTotals">,
  split: JointSplitSection,
  applicants: readonly Pick<Applicant, "organisationId">[],
): SplitTotals {
  const years = totals.years;
  const rows = applicants.map(({ organisationId }) => {
    const shares = split[organisationId] ?? {};
    const perYear = years.map((year) => shares[String(year)] ?? 0);
    return { organisationId, perYear, total: perYear.reduce((a, b) => a + b, 0) };
  });
  const perYearTotals = years.map((_, index) => rows.reduce((sum, row) => sum + row.perYear[index]!, 0));
  const differences = years.map((_, index) => totals.perYearTotals[index]! - perYearTotals[index]!);
  return {
    years: [...years],
    applicants: rows,
    perYearTotals,
    total: perYearTotals.reduce((a, b) => a + b, 0),
    differences,
    mismatchedYears: years.filter((_, index) => differences[index] !== 0),
  };
}
