// Where next-auth keeps the session: one cookie, or for a large token the same
// name with ".0", ".1", … in order. Its name has the __Secure- prefix when the
// platform is served over HTTPS, as next-auth chooses (from NEXTAUTH_URL, which
// the launcher sets to APP_URL).
import { env } from "@/lib/env";

export function sessionCookieName(baseUrl: string = env().APP_URL): string {
  return `${baseUrl?.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;
}

/** The session token among the request's cookies, or null. */
export function sessionTokenFrom(
  cookies: readonly { name: string; value: string }[],
  name: string = sessionCookieName(),
): string | null {
  const whole = cookies.find((cookie) => cookie.name === name);
  if (whole) return whole.value || null;
  const chunks = cookies
    .map((cookie) => ({ index: chunkIndex(cookie.name, name), value: cookie.value }))
    .filter((chunk): chunk is { index: number; value: string } => chunk.index !== null)
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map((chunk) => chunk.value).join("") : null;
}

function chunkIndex(cookieName: string, name: string): number | null {
  if (!cookieName.startsWith(`${name}.`)) return null;
  const suffix = cookieName.slice(name.length + 1);
  return /^\d+$/.test(suffix) ? Number(suffix) : null;
}
