// Reciprocity: the candidate NEEDS what the request's author offers, so both
// gain (a reciprocal recommender weighs both sides' wishes). Three matches, or
// all the author offers if fewer, count fully.
import {
  clamp01,
  shared,
  type CandidateFacts,
  type ComponentResult,
  type RequestFacts,
} from "@/lib/partnerships/score/types";

export function reciprocityScore(
  request: Pick<RequestFacts, "offeredCompetences" | "offeredResources">,
  candidate: Pick<CandidateFacts, "neededCompetences" | "neededResources">,
): ComponentResult {
  const offered = request.offeredCompetences.length + request.offeredResources.length;
  if (offered === 0) return { value: 0, reasons: [], unmet: [] };
  const competences = shared(request.offeredCompetences, candidate.neededCompetences);
  const resources = shared(request.offeredResources, candidate.neededResources);
  const matched = competences.length + resources.length;
  return {
    value: clamp01(matched / Math.min(offered, 3)),
    reasons: matched > 0 ? [{ code: "needsWhatYouOffer", competences, resources }] : [],
    unmet: [],
  };
}
