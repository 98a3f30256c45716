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

export async function loadActor(claims: SessionClaims | null): Promise<(Actor & { name: string; email: string; locale: string }) | null> {
  if (!claims) return null;
  const user = await db().user.findUnique({
    where: { id: claims.userId },
    select: {
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
      organisationMemberships: { select: { organisationId: true, role: true } },
      institutionMemberships: { select: { institutionId: true, role: true } },
    },
  });
  if (!user || user.sessionVersion !== claims.sessionVersion || user.blockedAt || user.deletedAt || !user.emailVerifiedAt) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    platformRole: user.platformRole,
    twoFactorEnabled: user.totpEnabledAt !== null,
    organisations: user.organisationMemberships,
    institutions: user.institutionMemberships,
  };
}

/** The person's permissions as of now, outside a request (a mail about what they may see); null when deleted or blocked. */
export async function actorById(userId: string): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      platformRole: true,
      blockedAt: true,
      deletedAt: true,
      totpEnabledAt: true,
      organisationMemberships: { select: { organisationId: true, role: true } },
      institutionMemberships: { select: { institutionId: true, role: true } },
    },
  });
  if (!user || user.blockedAt || user.deletedAt) return null;
  return {
    id: user.id,
    platformRole: user.platformRole,
    twoFactorEnabled: user.totpEnabledAt !== null,
    organisations: user.organisationMemberships,
    institutions: user.institutionMemberships,
  };
}
