// For whom a person may post a partner request, and where that party sits.
// Organisations: those whose owner or editor the person is (the form lists
// unverified ones too, marked, so the refusal says why rather than the
// organisation silently missing). Offices: those whose official the person
// is, with two-factor authentication on.
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { competences, knownCodes, resources } from "@/lib/partnerships/capabilities";
import { partiesOfActor, partyChoice, type Party } from "@/lib/partnerships/party";

export type PartyOption = {
  value: string;
  name: string;
  kind: "organisation" | "institution";
  verified: boolean;
  /** What the organisation's partnership profile offers: the form's starting point for "what we bring". */
  offeredCompetences: string[];
  offeredResources: string[];
};

export async function partyOptions(actor: Actor): Promise<PartyOption[]> {
  const parties = partiesOfActor(actor);
  const organisationIds = parties.flatMap((p) => (p.kind === "organisation" ? [p.id] : []));
  const institutionIds = parties.flatMap((p) => (p.kind === "institution" ? [p.id] : []));
  const [organisations, institutions] = await Promise.all([
    db().organisation.findMany({
      where: { id: { in: organisationIds } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        verifiedAt: true,
        partnershipProfile: { select: { offeredCompetences: true, offeredResources: true } },
      },
    }),
    db().institution.findMany({
      where: { id: { in: institutionIds } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, officeName: true },
    }),
  ]);
  return [
    ...organisations.map((organisation) => ({
      value: partyChoice({ kind: "organisation", id: organisation.id }),
      name: organisation.name,
      kind: "organisation" as const,
      verified: organisation.verifiedAt !== null,
      offeredCompetences: knownCodes(competences, organisation.partnershipProfile?.offeredCompetences ?? []),
      offeredResources: knownCodes(resources, organisation.partnershipProfile?.offeredResources ?? []),
    })),
    ...institutions.map((institution) => ({
      value: partyChoice({ kind: "institution", id: institution.id }),
      name: institution.officeName ?? institution.name,
      kind: "institution" as const,
      verified: true,
      offeredCompetences: [],
      offeredResources: [],
    })),
  ];
}

export type SeatPoint = { latitude: number; longitude: number };

/**
 * The point distances are measured from: an organisation's seat gmina
 * centroid; an office's unit centroid, or for a powiat or voivodeship office
 * (whose unit has none) the mean of its gminas' centroids. Null when the data
 * has no point for it.
 */
export async function partySeat(tx: Prisma.TransactionClient, party: Party): Promise<SeatPoint | null> {
  const code =
    party.kind === "organisation"
      ? (await tx.organisation.findUnique({ where: { id: party.id }, select: { seatTerritoryCode: true } }))
          ?.seatTerritoryCode
      : (await tx.institution.findUnique({ where: { id: party.id }, select: { territoryCode: true } }))?.territoryCode;
  if (!code) return null;
  const unit = await tx.territory.findUnique({ where: { code }, select: { latitude: true, longitude: true } });
  if (unit?.latitude != null && unit.longitude != null) return { latitude: unit.latitude, longitude: unit.longitude };
  // Gminas have seven-digit codes beginning with their powiat's (four) and voivodeship's (two) code.
  const gminas = await tx.territory.aggregate({
    where: {
      code: { startsWith: code },
      kind: { in: ["URBAN_GMINA", "RURAL_GMINA", "URBAN_RURAL_GMINA"] },
      latitude: { not: null },
      longitude: { not: null },
    },
    _avg: { latitude: true, longitude: true },
  });
  const { latitude, longitude } = gminas._avg;
  return latitude !== null && longitude !== null ? { latitude, longitude } : null;
}
