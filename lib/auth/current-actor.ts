// Loads the actor for a session: the person as the database knows them now,
// not as the session cookie remembered them. A session whose version is stale
// (password changed, signed out everywhere) or whose person is blocked or
// deleted gives no actor.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

import type { InstitutionRole, OrganisationRole, PlatformRole } from "@/lib/generated/prisma/enums";

interface PersonRow {
  id: string;
  name: string;
  email: string;
  locale: string;
  platformRole: PlatformRole;
  sessionVersion: number;
  blocked: boolean;
  deleted: boolean;
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  organisations: { organisationId: string; role: OrganisationRole; verified: boolean }[];
  institutions: { institutionId: string; role: InstitutionRole }[];
}

/**
 * The person with their memberships in one round trip: every page and action
 * of a signed-in person asks this first, and a relation query would take four.
 */
async function readPerson(userId: string): Promise<PersonRow | undefined> {
  const rows = await db().$queryRaw<PersonRow[]>`
    SELECT u."id", u."name", u."email", u."locale", u."platformRole"::text AS "platformRole",
           u."sessionVersion", u."blockedAt" IS NOT NULL AS "blocked", u."deletedAt" IS NOT NULL AS "deleted",
           u."emailVerifiedAt" IS NOT NULL AS "emailVerified", u."totpEnabledAt" IS NOT NULL AS "twoFactorEnabled",
           COALESCE((
             SELECT json_agg(json_build_object(
                      'organisationId', m."organisationId", 'role', m."role", 'verified', o."verifiedAt" IS NOT NULL)
                    ORDER BY m."organisationId")
             FROM "OrganisationMembership" m JOIN "Organisation" o ON o."id" = m."organisationId"
             WHERE m."userId" = u."id"), '[]'::json) AS "organisations",
           COALESCE((
             SELECT json_agg(json_build_object('institutionId', i."institutionId", 'role', i."role")
                    ORDER BY i."institutionId")
             FROM "InstitutionMembership" i
             WHERE i."userId" = u."id"), '[]'::json) AS "institutions"
    FROM "User" u
    WHERE u."id" = ${userId}`;
  return rows[0];
}

/** The person with their permissions now; null when there is none, or they are blocked or deleted. */
async function loadPerson(userId: string) {
  const person = await readPerson(userId);
  if (!person || person.blocked || person.deleted) return null;
  const actor: Actor & { name: string; email: string; locale: string } = {
    id: person.id,
    name: person.name,
    email: person.email,
    locale: person.locale,
    platformRole: person.platformRole,
    twoFactorEnabled: person.twoFactorEnabled,
    organisations: person.organisations,
    institutions: person.institutions,
  };
  return { actor, sessionVersion: person.sessionVersion, emailVerified: person.emailVerified };
}

export async function loadActor(
  claims: SessionClaims | null,
): Promise<(Actor & { name: string; email: string; locale: string }) | null> {
  if (!claims) return null;
  const person = await loadPerson(claims.userId);
  if (!person || person.sessionVersion !== claims.sessionVersion || !person.emailVerified) return null;
  return person.actor;
}

/** The person's permissions as of now, outside a request (a mail about what they may see); null when deleted or blocked. */
export async function actorById(userId: string): Promise<Actor | null> {
  return (await loadPerson(userId))?.actor ?? null;
}
