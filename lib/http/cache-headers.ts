// The Cache-Control and Vary of pages, so that a reverse proxy or CDN in front
// of several instances may serve visitors and never serves one person's page
// to another:
// - a request with a session gets `private, no-store`: its page may name the
//   person, show their drafts or their organisation's remarks (the pages the
//   same for every reader have the cookies taken off first, lib/http/page-cache.ts,
//   so they are answered as to a visitor);
// - a visitor's page that is the same for every visitor (the public pages the
//   page cache keeps, and the pages Next.js prerenders) is `public` for
//   PAGE_CACHE_SECONDS in a shared cache (`s-maxage`; never in the browser,
//   which would not see an edit). No `stale-while-revalidate`: browsers honour
//   it too, and would show a stale copy while fetching a fresh one behind it;
// - anything else (sign-in forms, a page that sets a cookie, errors) is not stored.
// `Vary: Cookie` keeps a shared cache from answering a signed-in person's
// request (which carries the session cookie) with a visitor's copy; visitors
// carry no cookie (the platform sets none before sign-in: no locale cookie),
// so they share one copy. The pages the same for every reader (SHARED in
// lib/http/page-cache.ts) are rendered without cookies whoever asks, so the
// cookie changes nothing in their answer and they do not vary on it: one copy
// serves signed-in readers too, as the server itself does. The language is in the path, never guessed from
// Accept-Language (lib/i18n/routing.ts). Next.js adds its own Vary for its RSC
// requests (rsc, next-router-state-tree, next-router-prefetch, …).
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import { hasSessionCookie, isAlwaysSharedPath, isCacheablePath, isPrerenderedPath } from "@/lib/http/page-cache";

/** Next.js's own value for a page rendered per request. */
export const NOT_STORED = "private, no-cache, no-store, max-age=0, must-revalidate";
export const PERSONAL = "private, no-store";

export function publicCacheControl(seconds: number): string {
  return `public, max-age=0, s-maxage=${seconds}`;
}

/** The Cache-Control of a page answer (HTML, or the RSC payload of a client navigation). */
export function pageCacheControl(
  request: { method?: string; url?: string; headers: IncomingHttpHeaders },
  answer: { status: number; headers: OutgoingHttpHeaders },
  sharedSeconds: number,
): string {
  if (hasSessionCookie(request.headers)) return PERSONAL;
  const pathname = new URL(request.url ?? "/", "http://page.invalid").pathname;
  const sameForEveryVisitor =
    (request.method === "GET" || request.method === "HEAD") &&
    answer.status === 200 &&
    answer.headers["set-cookie"] === undefined &&
    (isCacheablePath(pathname) || isPrerenderedPath(pathname));
  return sameForEveryVisitor && sharedSeconds > 0 ? publicCacheControl(sharedSeconds) : NOT_STORED;
}

type Vary = string | number | readonly string[] | undefined;

function varyNames(vary: Vary): string[] {
  return (Array.isArray(vary) ? vary.join(",") : String(vary ?? ""))
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}

/** `vary` with Cookie added (once), keeping what Next.js put there. */
export function varyOnCookie(vary: Vary): string {
  const names = varyNames(vary);
  return names.some((name) => name.toLowerCase() === "cookie") ? names.join(", ") : [...names, "Cookie"].join(", ");
}

/**
 * The Vary of a page answer: what Next.js varies on, and Cookie unless the page
 * is one whose documents are rendered without cookies whoever asks (SHARED),
 * and this one was (a request that still carries a cookie was not).
 */
export function pageVary(
  request: { method?: string; url?: string; headers: IncomingHttpHeaders },
  vary: Vary,
): string | null {
  const pathname = new URL(request.url ?? "/", "http://page.invalid").pathname;
  const withoutCookies =
    (request.method === "GET" || request.method === "HEAD") && !request.headers.cookie && isAlwaysSharedPath(pathname);
  if (!withoutCookies) return varyOnCookie(vary);
  const names = varyNames(vary).filter((name) => name.toLowerCase() !== "cookie");
  return names.length > 0 ? names.join(", ") : null;
}
