// Sessions for tests that call actions concurrently as different people: the
// one-person helper (session.ts) holds a single current actor, which every
// action in flight would share. runAs() gives each call its own, through
// AsyncLocalStorage; outside runAs() the one-person helper answers.
//
//   jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/concurrent-session"));
import { AsyncLocalStorage } from "node:async_hooks";
import type { Actor } from "@/lib/auth/permissions";
import * as single from "@/tests/helpers/session";

const sessions = new AsyncLocalStorage<{ actor: Actor | null }>();

export async function getCurrentUser(): Promise<Actor | null> {
  const own = sessions.getStore();
  return own ? own.actor : single.getCurrentUser();
}

export const actAs = single.actAs;

/** Runs `call` (an action) with `actor` signed in, whatever other calls in flight see. */
export function runAs<T>(actor: Actor | null, call: () => Promise<T>): Promise<T> {
  return sessions.run({ actor }, call);
}
