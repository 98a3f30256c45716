// The single identity choke point: nothing outside lib/auth reads next-auth.
import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { loadActor, type SessionClaims } from "@/lib/auth/current-actor";
import { keptDecoder } from "@/lib/auth/decoded-sessions";
import { sessionTokenFrom } from "@/lib/auth/session-cookie";

/** How long a token's decoded claims are kept (lib/auth/decoded-sessions.ts): a view's requests come within seconds. */
const DECODED_TTL_MS = 10_000;

const claimsOf = keptDecoder<SessionClaims>(
  async (token) => {
    try {
      const payload = await decode({ token, secret: authOptions.secret! });
      const claims = payload?.claims as SessionClaims | undefined;
      return claims ? { claims, expiresAt: typeof payload?.exp === "number" ? payload.exp * 1000 : 0 } : null;
    } catch {
      // Expired, or sealed with another secret: no session, as next-auth would say.
      return null;
    }
  },
  { ttlMs: DECODED_TTL_MS, maxEntries: 10_000 },
);

/**
 * The claims of the request's session cookie, or null. Read straight from the
 * cookie rather than through next-auth's getServerSession, which runs its
 * whole request handler for each call (and re-encrypts a renewed cookie it
 * cannot set from a page or server action): a third of a signed-in page's
 * session cost, for nothing.
 */
async function sessionClaims(): Promise<SessionClaims | null> {
  const token = sessionTokenFrom((await cookies()).getAll());
  return token ? claimsOf(token) : null;
}

export const getCurrentUser = cache(async () => loadActor(await sessionClaims()));

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
