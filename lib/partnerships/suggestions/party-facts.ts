// A party's facts as a candidate for a request (its partnership profile,
// seat, legal form, track record), from either side: "for you" ranks requests
// with them and an interest stores the fit they give. Not marked server-only
// as the pages' modules are: the demo seed, which runs outside Next.js, scores
// its interests through the same path (lib/demo/partnership-workflow.ts).
import { db } from "@/lib/db/client";
import type { Party } from "@/lib/partnerships/party";
import type { CandidateFacts } from "@/lib/partnerships/score/types";
import { anyCandidateRow, candidateFactsOf } from "@/lib/partnerships/suggestions/candidates";
import { exposureSince } from "@/lib/partnerships/suggestions/exposure";
import { seatLookup } from "@/lib/partnerships/suggestions/seats";

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
