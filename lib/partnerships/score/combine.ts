// The fit score: the five weighted components (weights from
// PartnershipSettings, normalised so they need not sum to one), times the
// eligibility factor, halved for each hard requirement not met. Exposure is
// applied to the RANK only (rankKey), never to the fit shown: a candidate
// shown often in the last week moves down a little, so the same few are not
// always on top. rankKey is increasing in fit for equal exposure, so a better
// fit never ranks lower than a worse one shown as often.
import { complementarityScore } from "@/lib/partnerships/score/complementarity";
import { distanceScore } from "@/lib/partnerships/score/distance";
import { eligibilityScore } from "@/lib/partnerships/score/eligibility";
import { reciprocityScore } from "@/lib/partnerships/score/reciprocity";
import { sphereScore } from "@/lib/partnerships/score/spheres";
import { trackRecordScore } from "@/lib/partnerships/score/track-record";
import type { CandidateFacts, Reason, RequestFacts, Unmet } from "@/lib/partnerships/score/types";

export interface ScoreWeights {
  weightSpheres: number;
  weightDistance: number;
  weightComplementarity: number;
  weightTrackRecord: number;
  weightReciprocity: number;
  exposurePenalty: number;
}

export const defaultWeights: ScoreWeights = {
  weightSpheres: 0.2,
  weightDistance: 0.15,
  weightComplementarity: 0.35,
  weightTrackRecord: 0.15,
  weightReciprocity: 0.15,
  exposurePenalty: 0.1,
};

/** Each hard requirement not met halves the score. */
export const HARD_UNMET_FACTOR = 0.5;
/** Times shown in a top 10 over the last week at which the exposure penalty is full. */
export const EXPOSURE_SATURATION = 50;

export interface Fit {
  /** In [0, 1], shown to people. */
  score: number;
  components: {
    spheres: number;
    distance: number;
    complementarity: number;
    eligibility: number;
    trackRecord: number;
    reciprocity: number;
  };
  reasons: Reason[];
  unmet: Unmet[];
}

export function scoreFit(request: RequestFacts, candidate: CandidateFacts, weights: ScoreWeights, now: Date): Fit {
  const spheres = sphereScore(request, candidate);
  const distance = distanceScore(request, candidate);
  const complementarity = complementarityScore(request, candidate);
  const eligibility = eligibilityScore(request, candidate);
  const trackRecord = trackRecordScore(candidate, now);
  const reciprocity = reciprocityScore(request, candidate);
  const weighted: [number, number][] = [
    [weights.weightSpheres, spheres.value],
    [weights.weightDistance, distance.value],
    [weights.weightComplementarity, complementarity.value],
    [weights.weightTrackRecord, trackRecord.value],
    [weights.weightReciprocity, reciprocity.value],
  ];
  const total = weighted.reduce((sum, [weight]) => sum + Math.max(0, weight), 0);
  const base = total > 0 ? weighted.reduce((sum, [weight, value]) => sum + Math.max(0, weight) * value, 0) / total : 0;
  // Complementarity's reasons first: what the partner brings is what the author looks for.
  const parts = [complementarity, spheres, distance, eligibility, reciprocity, trackRecord];
  const unmet = parts.flatMap((part) => part.unmet);
  const hard = unmet.filter((u) => u.hard).length;
  return {
    score: base * eligibility.value * HARD_UNMET_FACTOR ** hard,
    components: {
      spheres: spheres.value,
      distance: distance.value,
      complementarity: complementarity.value,
      eligibility: eligibility.value,
      trackRecord: trackRecord.value,
      reciprocity: reciprocity.value,
    },
    reasons: parts.flatMap((part) => part.reasons),
    unmet,
  };
}

/** The key candidates are sorted by: the fit lowered by the share of recent exposure times the penalty. */
export function rankKey(score: number, shownLastWeek: number, exposurePenalty: number): number {
  const share = Math.min(1, Math.max(0, shownLastWeek) / EXPOSURE_SATURATION);
  return score * (1 - Math.min(1, Math.max(0, exposurePenalty)) * share);
}

/** Sorts scored candidates by rank key, best first; ties by id so the order is stable. */
export function rankCandidates<T extends { id: string; fit: Fit; shownLastWeek: number }>(
  scored: T[],
  exposurePenalty: number,
): T[] {
  const key = new Map(scored.map((s) => [s.id, rankKey(s.fit.score, s.shownLastWeek, exposurePenalty)]));
  return [...scored].sort((a, b) => key.get(b.id)! - key.get(a.id)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
