// The request's session as lib/auth/session.ts reads it from a real next-auth
// cookie: decoded claims are kept briefly per token (lib/auth/decoded-sessions.ts),
// but a session revoked meanwhile (password changed, signed out everywhere,
// person blocked or deleted) is refused at the very next request, as before.
import { encode } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";
import { createPerson } from "@/tests/factories/people";

let cookie: { name: string; value: string } | null = null;
jest.mock("next/headers", () => ({
  ...jest.requireActual("next/headers"),
  cookies: async () => ({ getAll: () => (cookie ? [cookie] : []) }),
}));

// The real decoder, counted: the cookie is decoded once while its claims are kept.
const decodes = jest.fn();
jest.mock("next-auth/jwt", () => {
  const actual = jest.requireActual("next-auth/jwt");
  return { ...actual, decode: (...args: unknown[]) => (decodes(), actual.decode(...args)) };
});

import { getCurrentUser } from "@/lib/auth/session";

async function signedIn(user: { id: string; sessionVersion: number }) {
  const token = await encode({
    token: { claims: { userId: user.id, sessionVersion: user.sessionVersion } },
    secret: authOptions.secret!,
  });
  cookie = { name: sessionCookieName(), value: token };
}

describe("the request's session", () => {
  it("is the person while their session holds, and refused at once when it is revoked", async () => {
    const person = await createPerson();
    await signedIn(await db().user.findUniqueOrThrow({ where: { id: person.id } }));
    decodes.mockClear();
    expect((await getCurrentUser())?.id).toBe(person.id);
    expect((await getCurrentUser())?.id).toBe(person.id);

    // Signed out everywhere or the password changed: the cookie's version is stale.
    await db().user.update({ where: { id: person.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getCurrentUser()).toBeNull();
    expect(decodes).toHaveBeenCalledTimes(1);
  });

  it("is refused at once when the person is blocked or deleted", async () => {
    const [blocked, deleted] = [await createPerson(), await createPerson()];
    for (const [person, change] of [
      [blocked, { blockedAt: new Date() }],
      [deleted, { deletedAt: new Date() }],
    ] as const) {
      await signedIn(await db().user.findUniqueOrThrow({ where: { id: person.id } }));
      expect((await getCurrentUser())?.id).toBe(person.id);
      await db().user.update({ where: { id: person.id }, data: change });
      expect(await getCurrentUser()).toBeNull();
    }
  });

  it("is no one for a cookie sealed with another secret, or none", async () => {
    const person = await createPerson();
    const forged = await encode({
      token: { claims: { userId: person.id, sessionVersion: 0 } },
      secret: "another-secret-entirely-0123456789-abcdef",
    });
    cookie = { name: sessionCookieName(), value: forged };
    expect(await getCurrentUser()).toBeNull();
    cookie = null;
    expect(await getCurrentUser()).toBeNull();
  });
});
