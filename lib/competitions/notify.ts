// Who hears about a competition. Published: followers of its spheres,
// territories and office, and the owners and editors of organisations it fits
// (one of their spheres is one of the competition's, and their seat lies in
// its territories, or in the office's territory when none is named: codes
// share their prefix, 16 ⊃ 1609 ⊃ 1609032). Extended: followers of the
// competition itself and the organisations drafting an offer to it (lead and
// co-applicants). Called inside the mutation's transaction; the caller runs
// dispatchNotifications() once it committed.
import type { Prisma } from "@/lib/generated/prisma/client";
import { competitionSubject } from "@/lib/competitions/notification-links";
import { notify, type Audience } from "@/lib/notifications/notify";

type Tx = Prisma.TransactionClient;
const WRITERS = ["OWNER", "EDITOR"] as const;

async function placeOf(tx: Tx, competitionId: string) {
  const competition = await tx.competition.findUniqueOrThrow({
    where: { id: competitionId },
    select: {
      id: true,
      slug: true,
      title: true,
      institutionId: true,
      institution: { select: { territoryCode: true } },
      spheres: { select: { sphereId: true } },
      territories: { select: { territoryCode: true } },
    },
  });
  const named = competition.territories.map((t) => t.territoryCode);
  return {
    competition,
    sphereIds: competition.spheres.map((s) => s.sphereId),
    territoryCodes: named.length > 0 ? named : [competition.institution.territoryCode],
  };
}

/** Verified organisations sharing a sphere with the competition and seated within its territories. */
export async function fittingOrganisations(tx: Tx, sphereIds: string[], territoryCodes: string[]): Promise<string[]> {
  if (sphereIds.length === 0 || territoryCodes.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Organisation" o
    WHERE o."verifiedAt" IS NOT NULL
      AND EXISTS (SELECT 1 FROM "OrganisationSphere" s WHERE s."organisationId" = o.id AND s."sphereId" = ANY(${sphereIds}::text[]))
      AND EXISTS (SELECT 1 FROM unnest(${territoryCodes}::text[]) AS c(code) WHERE o."seatTerritoryCode" LIKE c.code || '%')
    ORDER BY o.id`;
  return rows.map((row) => row.id);
}

export async function notifyPublished(tx: Tx, competitionId: string, actorUserId: string): Promise<void> {
  const { competition, sphereIds, territoryCodes } = await placeOf(tx, competitionId);
  const organisations = await fittingOrganisations(tx, sphereIds, territoryCodes);
  const audience: Audience = {
    topic: { sphereIds, territoryCodes, institutionId: competition.institutionId },
    organisations: organisations.map((id) => ({ id, roles: [...WRITERS] })),
  };
  await notify(
    {
      type: "competition.published",
      subject: competitionSubject(competition),
      actor: { userId: actorUserId, institutionId: competition.institutionId },
      audience,
    },
    tx,
  );
}

export async function notifyExtended(tx: Tx, competitionId: string, actorUserId: string, reason: string) {
  const { competition } = await placeOf(tx, competitionId);
  const drafts = await tx.offer.findMany({
    where: { competitionId, status: "DRAFT" },
    select: { leadOrganisationId: true, coApplicants: { select: { organisationId: true } } },
  });
  const organisationIds = new Set(
    drafts.flatMap((offer) => [offer.leadOrganisationId, ...offer.coApplicants.map((c) => c.organisationId)]),
  );
  await notify(
    {
      type: "competition.extended",
      subject: competitionSubject(competition),
      actor: { userId: actorUserId, institutionId: competition.institutionId },
      audience: {
        followersOf: { type: "Competition", id: competition.id },
        organisations: [...organisationIds].map((id) => ({ id, roles: [...WRITERS] })),
      },
      data: { reason },
    },
    tx,
  );
}
