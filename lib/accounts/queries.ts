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

interface MembershipRows {
  organisations: { id: string; name: string; slug: string; verified: boolean }[];
  /** Named by the office's name when it has one (see ActingMembership). */
  institutions: { id: string; name: string; slug: string }[];
}

/**
 * The one naming and order of a person's organisations and offices, for the
 * header's account menu and for "My matters" (lib/matters/page-view.ts).
 * `actsFor`: the person may appear in public in the organisation's name
 * (organisation.actFor, and only a verified one: lib/auth/acting-as.ts); an
 * office's officials always act for it. The organisations they act for come
 * first, then the others, each by name (the rows come by name), then offices.
 */
function ordered(actor: Actor, { organisations, institutions }: MembershipRows): ActingMembership[] {
  const named = organisations.map((o) => ({
    kind: "organisation" as const,
    id: o.id,
    name: o.name,
    slug: o.slug,
    actsFor: o.verified && can(actor, "organisation.actFor", { organisationId: o.id }),
  }));
  return [
    ...named.filter((o) => o.actsFor),
    ...named.filter((o) => !o.actsFor),
    ...institutions.map((i) => ({ kind: "institution" as const, id: i.id, name: i.name, slug: i.slug, actsFor: true })),
  ];
}

/**
 * The organisations and offices the person belongs to, found by the
 * memberships the actor already carries (no second look-up of the person).
 */
export async function actingMemberships(actor: Actor): Promise<ActingMembership[]> {
  return (await headerFacts(actor)).memberships;
}

/**
 * What the header's account area needs of the database, in one round trip
 * (it is asked on every page view of a signed-in person): their unread
 * notifications, and their organisations and offices (ordered above).
 */
export async function headerFacts(actor: Actor): Promise<{ unread: number; memberships: ActingMembership[] }> {
  const organisationIds = actor.organisations.map((m) => m.organisationId);
  const institutionIds = actor.institutions.map((m) => m.institutionId);
  const [row] = await db().$queryRaw<(MembershipRows & { unread: number })[]>`
    SELECT
      (SELECT count(*) FROM "Notification" WHERE "userId" = ${actor.id} AND "readAt" IS NULL)::int AS "unread",
      COALESCE((
        SELECT json_agg(json_build_object('id', o."id", 'name', o."name", 'slug', o."slug",
                                          'verified', o."verifiedAt" IS NOT NULL) ORDER BY o."name")
        FROM "Organisation" o WHERE o."id" = ANY(${organisationIds}::text[])), '[]'::json) AS "organisations",
      COALESCE((
        SELECT json_agg(json_build_object('id', i."id", 'name', COALESCE(i."officeName", i."name"), 'slug', i."slug")
                        ORDER BY i."name")
        FROM "Institution" i WHERE i."id" = ANY(${institutionIds}::text[])), '[]'::json) AS "institutions"`;
  const { unread, ...rows } = row!;
  return { unread, memberships: ordered(actor, rows) };
}

export async function headerMemberships(actor: Actor): Promise<HeaderMembership[]> {
  return (await actingMemberships(actor)).map(({ id: _id, ...membership }) => membership);
}
