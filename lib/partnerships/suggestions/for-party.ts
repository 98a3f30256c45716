// "For you": the open requests that fit the organisation or office one acts
// for, ranked by the same score read from the other side. An organisation
// sees every open request but its own; an office only those that welcome
// local government and concern its territory (or name no territory).
import "server-only";
import type { Party } from "@/lib/partnerships/party";
import { rankCandidates, scoreFit, type Fit } from "@/lib/partnerships/score/combine";
import { withinTerritories } from "@/lib/partnerships/score/distance";
import type { CandidateFacts } from "@/lib/partnerships/score/types";
import { polishToday } from "@/lib/partnerships/settings/today";
import { scoreWeights } from "@/lib/partnerships/settings/queries";
import { anyCandidateRow, candidateFactsOf } from "@/lib/partnerships/suggestions/candidates";
import { exposureSince } from "@/lib/partnerships/suggestions/exposure";
import { openRequestRows, requestFactsOf, type RequestRow } from "@/lib/partnerships/suggestions/request-facts";
import { seatLookup } from "@/lib/partnerships/suggestions/seats";
import { db } from "@/lib/db/client";

export interface RequestForYou {
  id: string;
  request: RequestRow;
  fit: Fit;
}

export const FOR_YOU_SHOWN = 20;

/** The party's facts as a candidate; null when the organisation or office does not exist. */
export async function partyFacts(party: Party, now: Date): Promise<CandidateFacts | null> {
  const seatOf = await seatLookup();
  if (party.kind === "organisation") {
    const row = await anyCandidateRow(party.id, exposureSince(now));
    if (row) return candidateFactsOf(row, seatOf);
    // No partnership profile yet: what the organisation's own row says.
    const organisation = await db().organisation.findUnique({
      where: { id: party.id },
      select: {
        legalForm: true,
        hasPublicBenefitStatus: true,
        verifiedAt: true,
        seatTerritoryCode: true,
        updatedAt: true,
        spheres: { select: { sphereId: true } },
      },
    });
    if (!organisation) return null;
    return {
      ...emptyCapabilities,
      sphereIds: organisation.spheres.map((s) => s.sphereId),
      seat: seatOf(organisation.seatTerritoryCode),
      legalForm: organisation.legalForm,
      hasPublicBenefitStatus: organisation.hasPublicBenefitStatus,
      verified: organisation.verifiedAt !== null,
      lastActiveAt: organisation.updatedAt,
    };
  }
  const office = await db().institution.findUnique({
    where: { id: party.id },
    select: { territoryCode: true },
  });
  if (!office) return null;
  // An office has no partnership profile: it is scored by place, and is eligible where local government is welcome.
  return { ...emptyCapabilities, seat: seatOf(office.territoryCode), legalForm: null, verified: true };
}

const emptyCapabilities = {
  sphereIds: [],
  seat: null,
  hasPublicBenefitStatus: false,
  offeredCompetences: [],
  offeredResources: [],
  neededCompetences: [],
  neededResources: [],
  pastProjects: 0,
  lastProjectYear: null,
  completedPartnerships: 0,
  wouldAgain: 0,
  lastActiveAt: null,
} satisfies Partial<CandidateFacts>;

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
