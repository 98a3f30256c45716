// Complementarity: how much of what the request NEEDS the candidate OFFERS
// (not how alike the two are). Each need counts once; those covered are named
// ("offers the hall you need"), those not covered are said as a soft unmet
// requirement. A request that needs nothing in particular gives every
// candidate the same middle value.
import { shared, type CandidateFacts, type ComponentResult, type RequestFacts } from "@/lib/partnerships/score/types";

export function complementarityScore(
  request: Pick<RequestFacts, "neededCompetences" | "neededResources">,
  candidate: Pick<CandidateFacts, "offeredCompetences" | "offeredResources">,
): ComponentResult {
  const needs = request.neededCompetences.length + request.neededResources.length;
  if (needs === 0) return { value: 0.5, reasons: [], unmet: [] };
  const competences = shared(request.neededCompetences, candidate.offeredCompetences);
  const resources = shared(request.neededResources, candidate.offeredResources);
  const covered = competences.length + resources.length;
  const missingCompetences = request.neededCompetences.filter((code) => !competences.includes(code));
  const missingResources = request.neededResources.filter((code) => !resources.includes(code));
  return {
    value: covered / needs,
    reasons: covered > 0 ? [{ code: "coversNeeds", competences, resources }] : [],
    unmet:
      covered < needs
        ? [{ code: "needsNotCovered", competences: missingCompetences, resources: missingResources, hard: false }]
        : [],
  };
}
