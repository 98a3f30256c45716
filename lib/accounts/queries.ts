import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** What the account page shows its owner. */
export async function getAccountOverview(userId: string) {
  return db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      platformRole: true,
      organisationMemberships: {
        select: { role: true, organisation: { select: { id: true, name: true, slug: true, verifiedAt: true } } },
        orderBy: { organisation: { name: "asc" } },
      },
      institutionMemberships: {
        select: { role: true, institution: { select: { id: true, name: true, officeName: true, slug: true } } },
        orderBy: { institution: { name: "asc" } },
      },
      membershipRequests: {
        where: { status: { in: ["PENDING", "REFUSED"] } },
        orderBy: { createdAt: "desc" },
        take: 20,
        select: {
          id: true,
          status: true,
          decisionReason: true,
          createdAt: true,
          organisation: { select: { name: true, slug: true } },
          institution: { select: { name: true, officeName: true, slug: true } },
        },
      },
      consents: { select: { id: true, kind: true, version: true, acceptedAt: true }, orderBy: { acceptedAt: "desc" } },
    },
  });
}

/**
 * One organisation or office the person belongs to, named as everywhere the
 * person acts for it: an office by its office's name ("Urząd Miasta Opola")
 * when it has one, else the institution's ("Miasto Opole").
 */
export interface ActingMembership {
  kind: "organisation" | "institution";
  id: string;
  name: string;
  slug: string;
  actsFor: boolean;
}

/** The account menu's entries: the memberships without their ids, which the browser does not need. */
export type HeaderMembership = Omit<ActingMembership, "id">;

/**
 * The organisations and offices the person belongs to, found by the
 * memberships the actor already carries (no second look-up of the person):
 * the one source of their names and order for the header's account menu and
 * for "My matters" (lib/matters/page-view.ts). `actsFor`: the person may
 * appear in public in the organisation's name (organisation.actFor, and only a
 * verified one: lib/auth/acting-as.ts); an office's officials always act for
 * it. The organisations they act for come first, then the others, each by name.
 */
export async function actingMemberships(actor: Actor): Promise<ActingMembership[]> {
  const organisationIds = actor.organisations.map((m) => m.organisationId);
  const institutionIds = actor.institutions.map((m) => m.institutionId);
  const [organisations, institutions] = await Promise.all([
    organisationIds.length === 0
      ? []
      : db().organisation.findMany({
          where: { id: { in: organisationIds } },
          orderBy: { name: "asc" },
          select: { id: true, name: true, slug: true, verifiedAt: true },
        }),
    institutionIds.length === 0
      ? []
      : db().institution.findMany({
          where: { id: { in: institutionIds } },
          orderBy: { name: "asc" },
          select: { id: true, name: true, officeName: true, slug: true },
        }),
  ]);
  const named = organisations.map((o) => ({
    kind: "organisation" as const,
    id: o.id,
    name: o.name,
    slug: o.slug,
    actsFor: o.verifiedAt !== null && can(actor, "organisation.actFor", { organisationId: o.id }),
  }));
  return [
    ...named.filter((o) => o.actsFor),
    ...named.filter((o) => !o.actsFor),
    ...institutions.map((i) => ({
      kind: "institution" as const,
      id: i.id,
      name: i.officeName ?? i.name,
      slug: i.slug,
      actsFor: true,
    })),
  ];
}

export async function headerMemberships(actor: Actor): Promise<HeaderMembership[]> {
  return (await actingMemberships(actor)).map(({ id: _id, ...membership }) => membership);
}
