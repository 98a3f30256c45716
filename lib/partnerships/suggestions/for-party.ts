// "For you": the open requests that fit the organisation or office one acts
// for, ranked by the same score read from the other side. An organisation
// sees every open request but its own; an office only those that welcome
// local government and concern its territory (or name no territory).
import "server-only";
import type { Party } from "@/lib/partnerships/party";
import { rankCandidates, scoreFit, type Fit } from "@/lib/partnerships/score/combine";
import { withinTerritories } from "@/lib/partnerships/score/distance";
import { polishToday } from "@/lib/partnerships/settings/today";
import { scoreWeights } from "@/lib/partnerships/settings/queries";
import { partyFacts } from "@/lib/partnerships/suggestions/party-facts";
import { openRequestRows, requestFactsOf, type RequestRow } from "@/lib/partnerships/suggestions/request-facts";
import { seatLookup } from "@/lib/partnerships/suggestions/seats";

export interface RequestForYou {
  id: string;
  request: RequestRow;
  fit: Fit;
}

export const FOR_YOU_SHOWN = 20;

/** Whether the request is one the party could answer (not its own; for an office, one welcoming it in its territory). */
export function requestOpenTo(request: RequestRow, party: Party, officeTerritory: string | null): boolean {
  if (party.kind === "organisation") return request.organisationId !== party.id;
  if (request.institutionId === party.id || !request.welcomesLocalGovernment) return false;
  return (
    request.territoryCodes.length === 0 ||
    (officeTerritory !== null && withinTerritories(officeTerritory, request.territoryCodes))
  );
}

export async function requestsForParty(
  party: Party,
  options: { now?: Date; limit?: number } = {},
): Promise<RequestForYou[]> {
  const now = options.now ?? new Date();
  const [weights, seatOf, facts, requests] = await Promise.all([
    scoreWeights(),
    seatLookup(),
    partyFacts(party, now),
    openRequestRows(polishToday(now)),
  ]);
  if (!facts) return [];
  const officeTerritory = party.kind === "institution" ? (facts.seat?.territoryCode ?? null) : null;
  const scored = requests
    .filter((request) => requestOpenTo(request, party, officeTerritory))
    .map((request) => ({
      id: request.id,
      request,
      fit: scoreFit(requestFactsOf(request, seatOf), facts, weights, now),
      shownLastWeek: 0,
    }));
  return rankCandidates(scored, 0)
    .slice(0, options.limit ?? FOR_YOU_SHOWN)
    .map(({ id, request, fit }) => ({ id, request, fit }));
}
