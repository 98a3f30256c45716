// Who may read and write in a forum category. The permission module grants
// "forum.post" to everyone signed in; each category narrows it to
// representatives of verified organisations (anyone can register an
// organisation, so an unverified one proves nothing) or officials, and may open reading to
// visitors. Moderators and administrators read and write everywhere, so they
// can moderate what they see.
import { can, type Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ForumAccess } from "@/lib/generated/prisma/enums";

export type CategoryRules = { access: ForumAccess; openToPublic: boolean };

function belongs(actor: Actor, access: ForumAccess): boolean {
  if (can(actor, "content.moderate")) return true;
  switch (access) {
    case "SIGNED_IN":
      return true;
    case "REPRESENTATIVES":
      return actor.organisations.some((membership) => membership.verified === true);
    case "OFFICIALS":
      return actor.institutions.length > 0;
  }
}

/**
 * `belongs` in SQL, over a "User" row aliased `u`, for the queries that pick
 * readers among people (whom a post notifies, whom a writer may mention):
 * the people loadActor would give an actor (confirmed address, not blocked
 * or deleted) for whom `belongs` holds. Moderation counts as can() counts it:
 * a moderator's or administrator's role only with two-factor authentication
 * (platformRoleRequiresTwoFactor), else such a person would be mentioned in
 * and notified about categories they cannot open.
 */
export function readerSql(access: ForumAccess): Prisma.Sql {
  const person = Prisma.sql`u."deletedAt" IS NULL AND u."blockedAt" IS NULL AND u."emailVerifiedAt" IS NOT NULL`;
  if (access === "SIGNED_IN") return person;
  const moderates = Prisma.sql`(u."platformRole" IN ('MODERATOR', 'ADMINISTRATOR') AND u."totpEnabledAt" IS NOT NULL)`;
  const member =
    access === "REPRESENTATIVES"
      ? Prisma.sql`EXISTS (SELECT 1 FROM "OrganisationMembership" m JOIN "Organisation" o ON o.id = m."organisationId" WHERE m."userId" = u.id AND o."verifiedAt" IS NOT NULL)`
      : Prisma.sql`EXISTS (SELECT 1 FROM "InstitutionMembership" m WHERE m."userId" = u.id)`;
  return Prisma.sql`${person} AND (${moderates} OR ${member})`;
}

export function mayRead(actor: Actor | null, category: CategoryRules): boolean {
  return category.openToPublic || (actor !== null && belongs(actor, category.access));
}

export function mayWrite(actor: Actor | null, category: CategoryRules): boolean {
  return actor !== null && can(actor, "forum.post") && belongs(actor, category.access);
}

/** The categories' access levels a person reads (for queries that list threads across categories). */
export function readableAccess(actor: Actor | null): ForumAccess[] {
  if (!actor) return [];
  return (["SIGNED_IN", "REPRESENTATIVES", "OFFICIALS"] as const).filter((access) => belongs(actor, access));
}
