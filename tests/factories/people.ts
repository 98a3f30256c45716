// People for tests: someone who can sign in (address confirmed), with the
// platform role and memberships the test names, and the actor a session would
// give them. Two-factor authentication is on for those whose functions need it
// (moderators, administrators, institution members: lib/auth/permissions.ts)
// unless the test says otherwise.
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/accounts/password";
import { loadActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import type { InstitutionRole, OrganisationRole, PlatformRole } from "@/lib/generated/prisma/enums";

export interface PersonOptions {
  email?: string;
  name?: string;
  locale?: string;
  password?: string;
  platformRole?: PlatformRole;
  /** Memberships of organisations; the role is MEMBER unless given. */
  organisations?: { id: string; role?: OrganisationRole }[];
  /** Memberships of institutions; the role is OFFICIAL unless given. */
  institutions?: { id: string; role?: InstitutionRole }[];
  twoFactor?: boolean;
  /** False for an account whose address was never confirmed (it cannot sign in). */
  emailVerified?: boolean;
  createdAt?: Date;
  blockedAt?: Date;
  deletedAt?: Date;
}

export type TestActor = NonNullable<Awaited<ReturnType<typeof loadActor>>>;

let sequence = 0;

/** A stored person (the database row), for tests that work with people rather than sessions. */
export async function createPerson(options: PersonOptions = {}) {
  sequence += 1;
  const organisations = options.organisations ?? [];
  const institutions = options.institutions ?? [];
  const platformRole = options.platformRole ?? "RESIDENT";
  const twoFactor = options.twoFactor ?? (platformRole !== "RESIDENT" || institutions.length > 0);
  return db().user.create({
    data: {
      email: options.email ?? `person-${sequence}-${randomUUID().slice(0, 8)}@test.example.org`,
      name: options.name ?? `Osoba ${sequence}`,
      locale: options.locale,
      passwordHash: options.password ? await hashPassword(options.password) : null,
      platformRole,
      emailVerifiedAt: options.emailVerified === false ? null : new Date(),
      totpEnabledAt: twoFactor ? new Date() : null,
      createdAt: options.createdAt,
      blockedAt: options.blockedAt,
      deletedAt: options.deletedAt,
      organisationMemberships: {
        create: organisations.map(({ id, role }) => ({ organisationId: id, role: role ?? "MEMBER" })),
      },
      institutionMemberships: {
        create: institutions.map(({ id, role }) => ({ institutionId: id, role: role ?? "OFFICIAL" })),
      },
    },
  });
}

/** The actor of a new person, as getCurrentUser() would return it once they sign in. */
export async function createActor(options: PersonOptions = {}): Promise<TestActor> {
  const person = await createPerson(options);
  const actor = await loadActor({ userId: person.id, sessionVersion: person.sessionVersion });
  if (!actor) throw new Error(`${person.email} cannot sign in (address not confirmed?)`);
  return actor;
}

/** A member of the organisation: MEMBER, EDITOR or OWNER. */
export function createMember(
  organisationId: string,
  role: OrganisationRole = "MEMBER",
  options: PersonOptions = {},
): Promise<TestActor> {
  return createActor({ ...options, organisations: [{ id: organisationId, role }] });
}

/** A member of the institution (an OFFICIAL unless its ADMINISTRATOR), with two-factor authentication on. */
export function createOfficial(
  institutionId: string,
  role: InstitutionRole = "OFFICIAL",
  options: PersonOptions = {},
): Promise<TestActor> {
  return createActor({ ...options, institutions: [{ id: institutionId, role }] });
}

/** A platform moderator, with two-factor authentication on. */
export function createModerator(options: PersonOptions = {}): Promise<TestActor> {
  return createActor({ ...options, platformRole: "MODERATOR" });
}

/** A platform administrator, with two-factor authentication on. */
export function createAdministrator(options: PersonOptions = {}): Promise<TestActor> {
  return createActor({ ...options, platformRole: "ADMINISTRATOR" });
}
