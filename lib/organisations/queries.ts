import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { hashToken } from "@/lib/security/token-hash";
import type { Locale } from "@/lib/i18n/locales";
import type { AdminOrganisationsFilter } from "@/lib/organisations/schemas";
import { shownFactsOf } from "@/lib/organisations/shown-facts";
import { listRegionGminasByPowiat, listSpheresInForce } from "@/lib/reference-data/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { regionCode } from "@/lib/settings/platform-name";

export const countOrganisationsInRegion = cache(async (regionCode: string) =>
  db().organisation.count({ where: { seatTerritory: { voivodeshipCode: regionCode } } }),
);

/**
 * The region's organisations that most recently joined, in the sense of being
 * verified: anyone can register one, and the home page vouches only for those
 * the platform has checked (issue 18).
 */
export const listRecentOrganisations = cache(async (regionCode: string, take = 6) =>
  db().organisation.findMany({
    where: { seatTerritory: { voivodeshipCode: regionCode }, verifiedAt: { not: null } },
    orderBy: [{ verifiedAt: "desc" }, { name: "asc" }],
    take,
    select: {
      id: true,
      slug: true,
      name: true,
      hasPublicBenefitStatus: true,
      verifiedAt: true,
      seatTerritory: { select: { name: true } },
      spheres: { select: { sphere: { select: { code: true, namePl: true, nameEn: true, nameDe: true } } } },
    },
  }),
);

const sphereSelect = {
  sphere: { select: { id: true, code: true, namePl: true, nameEn: true, nameDe: true, sortOrder: true } },
} as const;

/** An organisation's public record, by the slug in its address. */
export const getOrganisationBySlug = cache(async (slug: string) =>
  db().organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      legalForm: true,
      krs: true,
      nip: true,
      regon: true,
      hasPublicBenefitStatus: true,
      verifiedAt: true,
      createdAt: true,
      registeredOn: true,
      address: true,
      krsBoard: true,
      aims: true,
      inLiquidation: true,
      krsFetchedAt: true,
      seatTerritoryCode: true,
      seatTerritory: { select: { name: true, parent: { select: { name: true, kind: true } } } },
      spheres: { select: sphereSelect, orderBy: { sphere: { sortOrder: "asc" } } },
    },
  }),
);
export type OrganisationView = NonNullable<Awaited<ReturnType<typeof getOrganisationBySlug>>>;

/** Members, for those who may see them; owners and administrators also see e-mail addresses. */
export async function listOrganisationMembers(organisationId: string) {
  return db().organisationMembership.findMany({
    where: { organisationId },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

export async function listPendingRequests(target: { organisationId: string } | { institutionId: string }) {
  return db().membershipRequest.findMany({
    where: { ...target, status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: { id: true, message: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

export async function listOpenInvitations(organisationId: string) {
  return db().organisationInvitation.findMany({
    where: { organisationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
}

export type InvitationState = "valid" | "used" | "expired" | "invalid";

/** What the invitation page shows before the person accepts. */
export async function inspectInvitation(token: string) {
  const invitation = await db().organisationInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      organisation: { select: { name: true, slug: true } },
    },
  });
  if (!invitation || invitation.revokedAt) return { state: "invalid" as const };
  if (invitation.acceptedAt) return { state: "used" as const };
  if (invitation.expiresAt <= new Date()) return { state: "expired" as const };
  return {
    state: "valid" as const,
    email: invitation.email,
    role: invitation.role,
    organisation: invitation.organisation,
  };
}

/** The person's own pending or recently decided request to this organisation or institution. */
export async function latestOwnRequest(userId: string, target: { organisationId: string } | { institutionId: string }) {
  return db().membershipRequest.findFirst({
    where: { userId, ...target },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, decisionReason: true, createdAt: true, decidedAt: true },
  });
}

export const ADMIN_ORGANISATIONS_PAGE_SIZE = 25;

/** Organisations for administrators: by name or identifier, optionally only those awaiting verification. */
export async function searchOrganisationsForAdmin(filter: AdminOrganisationsFilter) {
  const query = filter.q;
  const digits = query.replace(/[\s-]/g, "");
  const where = {
    ...(filter.unverified ? { verifiedAt: null } : {}),
    ...(query
      ? {
          OR: [
            { name: { contains: query, mode: "insensitive" as const } },
            { shortName: { contains: query, mode: "insensitive" as const } },
            ...(/^\d+$/.test(digits)
              ? [{ krs: { contains: digits } }, { nip: digits }, { regon: { startsWith: digits } }]
              : []),
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db().organisation.count({ where }),
    db().organisation.findMany({
      where,
      orderBy: [{ verifiedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
      skip: (filter.page - 1) * ADMIN_ORGANISATIONS_PAGE_SIZE,
      take: ADMIN_ORGANISATIONS_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        name: true,
        legalForm: true,
        krs: true,
        nip: true,
        regon: true,
        seatTerritoryCode: true,
        verifiedAt: true,
        createdAt: true,
        seatTerritory: { select: { name: true } },
      },
    }),
  ]);
  // Each row carries what its verification button vouches for.
  return {
    total,
    totalPages: Math.max(1, Math.ceil(total / ADMIN_ORGANISATIONS_PAGE_SIZE)),
    rows: rows.map((row) => ({ ...row, shownFacts: shownFactsOf(row) })),
  };
}

/** What the organisation form offers: spheres in force (in the page's language) and the region's gminas. */
export async function loadRecordFormOptions(locale: Locale) {
  const region = await regionCode();
  const [spheres, gminaGroups] = await Promise.all([listSpheresInForce(), listRegionGminasByPowiat(region)]);
  return { spheres: spheres.map((sphere) => ({ id: sphere.id, label: sphereName(sphere, locale) })), gminaGroups };
}

/** An organisation as the organisation pickers show it (a filter's current choice), or null. */
export async function organisationForPicker(
  id: string | undefined,
): Promise<{ id: string; name: string; seat: string | null } | null> {
  if (!id) return null;
  const organisation = await db().organisation.findUnique({
    where: { id },
    select: { id: true, name: true, seatTerritory: { select: { name: true } } },
  });
  return organisation ? { id: organisation.id, name: organisation.name, seat: organisation.seatTerritory.name } : null;
}
