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

const personSelect = {
  id: true,
  name: true,
  email: true,
  locale: true,
  platformRole: true,
  sessionVersion: true,
  blockedAt: true,
  deletedAt: true,
  emailVerifiedAt: true,
  totpEnabledAt: true,
  organisationMemberships: {
    select: { organisationId: true, role: true, organisation: { select: { verifiedAt: true } } },
  },
  institutionMemberships: { select: { institutionId: true, role: true } },
} as const;

/** The person with their permissions now; null when there is none, or they are blocked or deleted. */
async function loadPerson(userId: string) {
  const user = await db().user.findUnique({ where: { id: userId }, select: personSelect });
  if (!user || user.blockedAt || user.deletedAt) return null;
  const actor: Actor & { name: string; email: string; locale: string } = {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    platformRole: user.platformRole,
    twoFactorEnabled: user.totpEnabledAt !== null,
    organisations: user.organisationMemberships.map(({ organisationId, role, organisation }) => ({
      organisationId,
      role,
      verified: organisation.verifiedAt !== null,
    })),
    institutions: user.institutionMemberships,
  };
  return { actor, sessionVersion: user.sessionVersion, emailVerified: user.emailVerifiedAt !== null };
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
