// Sphere overlap: the share of the request's public-benefit spheres the
// candidate also works in. A request naming no sphere says nothing about it:
// every candidate gets the same middle value.
import { shared, type CandidateFacts, type ComponentResult, type RequestFacts } from "@/lib/partnerships/score/types";

export const NEUTRAL = 0.5;

export function sphereScore(
  request: Pick<RequestFacts, "sphereIds">,
  candidate: Pick<CandidateFacts, "sphereIds">,
): ComponentResult {
  if (request.sphereIds.length === 0) return { value: NEUTRAL, reasons: [], unmet: [] };
  const common = shared(request.sphereIds, candidate.sphereIds);
  return {
    value: common.length / request.sphereIds.length,
    reasons: common.length > 0 ? [{ code: "sharedSpheres", sphereIds: common }] : [],
    unmet: [],
  };
}
