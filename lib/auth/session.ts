// The single identity choke point: nothing outside lib/auth reads next-auth.
import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { loadActor, type SessionClaims } from "@/lib/auth/current-actor";
import { sessionTokenFrom } from "@/lib/auth/session-cookie";

/**
 * The claims of the request's session cookie, or null. Read straight from the
 * cookie rather than through next-auth's getServerSession, which runs its
 * whole request handler for each call (and re-encrypts a renewed cookie it
 * cannot set from a page or server action): a third of a signed-in page's
 * session cost, for nothing.
 */
async function sessionClaims(): Promise<SessionClaims | null> {
  const token = sessionTokenFrom((await cookies()).getAll());
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authOptions.secret! });
    return (payload?.claims as SessionClaims | undefined) ?? null;
  } catch {
    // Expired, or sealed with another secret: no session, as next-auth would say.
    return null;
  }
}

export const getCurrentUser = cache(async () => loadActor(await sessionClaims()));

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
