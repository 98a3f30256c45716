// When the members' totals for one offer lie too far apart (design §5.2): the
// range against the threshold share of the scale, in integers, strict, so a
// range exactly at the threshold is not divergent.
import type { Aggregate } from "@/lib/competitions/evaluation/calc/aggregate";

/** (max − min) · 10000 > thresholdBp · maxTenths, with at least two voting cards. */
export function isDivergent(aggregate: Aggregate, thresholdBp: number, maxTenths: number): boolean {
  if (aggregate.n < 2) return false;
  return (aggregate.max - aggregate.min) * 10_000 > thresholdBp * maxTenths;
}

export type AttentionReason = "TOO_FEW_CARDS" | "DIVERGENCE_UNRESOLVED";

/**
 * Why an admitted offer still keeps the commission from closing: fewer voting
 * cards than the commission's minimum, or a divergence nobody resolved.
 */
export function attentionReason(
  aggregate: Aggregate,
  divergent: boolean,
  resolution: string | null,
  minVotingCards: number,
): AttentionReason | null {
  if (aggregate.n < minVotingCards) return "TOO_FEW_CARDS";
  if (divergent && resolution === null) return "DIVERGENCE_UNRESOLVED";
  return null;
}
