// The signed-in person of an integration test. Outside a request there is no
// session cookie, so test files replace lib/auth/session with this module:
//
//   jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));
//
// (jest.requireActual hands the mock the same module instance the test file
// imports, so actAs() below changes what getCurrentUser() returns to the code
// under test.) Each test file starts as a visitor.
import { loadActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/auth/permissions";

/** As getCurrentUser() gives it: the actor, with name, address and language where the code under test reads them. */
type SessionActor = Actor & { name?: string; email?: string; locale?: string };

let current: SessionActor | null = null;

/** Stands in for lib/auth/session's getCurrentUser: whoever the test last acted as. */
export async function getCurrentUser(): Promise<SessionActor | null> {
  return current;
}

/** From now on the code under test sees `actor` signed in; null is a visitor. */
export function actAs(actor: SessionActor | null): void {
  current = actor;
}

/** Acts as this stored person with their roles and memberships as the database has them now (null when blocked, deleted or unverified). */
export async function signInAs(user: { id: string } | null) {
  const actor = user ? await loadActor({ userId: user.id, sessionVersion: 0 }) : null;
  current = actor;
  return actor;
}
