// A short-lived cache of the public pages visitors read most (the directory,
// organisation profiles, the home page, the forum's open categories), in front of Next.js, for requests
// without a session. Rendering a page costs Next.js far more than serving
// bytes, and the directory is the platform's most visited page: a popular
// search is rendered once per lifetime instead of once per visitor.
//
// Pages whose content does not depend on who reads them (SHARED below) are
// rendered without the reader's cookies, for visitors and signed-in people
// alike: Next.js cannot put anything personal in them, so one copy serves
// everyone. The header's account area is filled in by the browser
// (components/layout/account-nav.tsx), so the page itself names no one.
//
// What keeps it safe:
// - only GET/HEAD of listed public paths, only without a session cookie (or,
//   for the shared pages, with the cookies taken off before rendering), only
//   full documents (not Next.js's RSC requests), only 200 answers that set no
//   cookie: nothing personal can be stored or served to someone else;
// - a stored page keeps its Content-Security-Policy, which allows its inline
//   scripts by their hashes (lib/http/page-answer.ts): valid for the same body.
//   A page that carries a nonce (none does in production since hashes replaced
//   nonces) gets a fresh one on every hit, in its body and its header;
// - entries die after PAGE_CACHE_SECONDS and whenever public data changes
//   (lib/cache/public-data.ts), so an edit shows at once on this instance.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { publicDataGeneration } from "@/lib/cache/public-data";
import { isSharedThread } from "@/lib/cache/shared-threads";
import { TtlCache } from "@/lib/cache/ttl-cache";
import { createNonce } from "@/lib/security/headers";
import { routing } from "@/lib/i18n/routing";

export interface CachedPage {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  nonce: string | null;
  storedAt: number;
}

/** App paths whose anonymous rendering is the same for every visitor. */
const CACHEABLE = [
  "/",
  "/organisations",
  "/organisations/[slug]",
  "/institutions",
  "/spheres",
  "/consultations",
  "/consultations/[slug]",
  "/competitions",
  "/competitions/[slug]",
  "/competitions/[slug]/results",
  "/news",
  "/news/[slug]",
  "/library",
  "/library/[slug]",
  "/ideas",
  // Small grants (art. 19a) in their remark window and decided: the offer's page asks for its reader's part.
  "/small-grants",
  "/small-grants/[slug]",
  // Open partner requests: the list names its links to post and "for you" for a signed-in reader, so only
  // visitors' copies are kept; the map reads no session.
  "/partnerships",
  "/partnerships/map",
  // A visitor sees only the forum's categories open to the public, the same for every visitor.
  "/forum",
  "/forum/categories/[slug]",
  "/forum/threads/[id]",
  "/forum/search",
  // The one search across the platform: only what visitors may see, the same for everyone.
  "/search",
  // The notification centre's page: its entries come from /api/notifications/centre.
  "/notifications",
  // "My matters": the reader's matters come from /api/account/matters.
  "/my-matters",
  // Prerendered by Next.js too, but serving Next.js's copy still costs its request handling (about 2 ms).
  "/contact",
  "/terms",
  "/privacy",
  "/accessibility",
] as const;
/**
 * App paths whose content is the same for every reader, signed in or not: no
 * part of them reads the session. An organisation's page, a consultation's
 * page and the forum's list of categories ask for their reader's parts from
 * the browser (lib/organisations/viewer.ts, lib/consultations/viewer.ts,
 * app/api/forum/categories); a consultation's draft has no public page.
 * A page that starts showing something personal must leave this list.
 * A forum thread's page is shared only when its thread is (SHARED_THREADS).
 */
const SHARED = [
  "/",
  "/organisations",
  "/organisations/[slug]",
  "/forum",
  "/institutions",
  "/spheres",
  "/consultations",
  "/consultations/[slug]",
  // A competition's personal part (follow, drafting, managing) comes from /api/competitions/[id]/viewer.
  "/competitions",
  "/competitions/[slug]",
  // The results read no session: the reader's outcomes and the reasons link come from /api/competitions/[id]/viewer.
  "/competitions/[slug]/results",
  "/news",
  "/library",
  // The ideas board's list reads no session (the entry's page does: support and discussion are personal).
  "/ideas",
  // The small-grant pages read no session (the remark form comes from lib/small-grants/viewer.ts).
  "/small-grants",
  "/small-grants/[slug]",
  "/partnerships/map",
  // The one search reads no session: it searches only what visitors may see (lib/search/global.ts).
  "/search",
  // The notification centre reads no session: the reader's entries come from /api/notifications/centre.
  "/notifications",
  // "My matters" reads no session: the reader's matters come from /api/account/matters.
  "/my-matters",
  "/contact",
  "/terms",
  "/privacy",
  "/accessibility",
] as const satisfies readonly (typeof CACHEABLE)[number][];

/**
 * A forum thread's page is the same for everyone when visitors may read the
 * thread (lib/forum/thread-page-view.ts; the reader's parts come from
 * lib/forum/thread-viewer.ts), but a members' category's thread is rendered
 * with its reader's session: shared only for the threads the page said are
 * (lib/cache/shared-threads.ts).
 */
const SHARED_THREADS = ["/forum/threads/[id]"] as const satisfies readonly (typeof CACHEABLE)[number][];

/**
 * App paths Next.js renders once and keeps (their `revalidate` and
 * generateStaticParams): the same for everyone, visitors and signed-in alike.
 */
export const PRERENDERED = ["/contact", "/terms", "/privacy", "/accessibility", "/spheres"] as const;

/** Fixed segments that look like a [slug] but are other pages. */
const NOT_A_SLUG = new Set([
  "register",
  "zarejestruj",
  "registrieren",
  // The new small-grant offer's page, personal, beside /small-grants/[slug].
  "nowa-oferta",
  "new-offer",
  "neues-angebot",
]);

function localizedPatterns(pathnames: readonly (keyof typeof routing.pathnames)[]): RegExp[] {
  const patterns: RegExp[] = [];
  for (const pathname of pathnames) {
    const localized = routing.pathnames[pathname];
    for (const locale of routing.locales) {
      const path = typeof localized === "string" ? localized : localized[locale];
      const prefix = locale === routing.defaultLocale ? "" : `/${locale}`;
      const full = prefix + (path === "/" && prefix ? "" : path);
      const source = full.replace(/[.*+?^${}()|\\]/g, "\\$&").replace(/\[(slug|id)\]/, "([a-z0-9-]{1,120})");
      patterns.push(new RegExp(`^${source || "/"}$`));
    }
  }
  return patterns;
}

const PATTERNS = localizedPatterns(CACHEABLE);
const PRERENDERED_PATTERNS = localizedPatterns(PRERENDERED);
const SHARED_PATTERNS = localizedPatterns(SHARED);
const SHARED_THREAD_PATTERNS = localizedPatterns(SHARED_THREADS);

function matchesAny(patterns: RegExp[], pathname: string): boolean {
  return patterns.some((pattern) => {
    const match = pattern.exec(pathname);
    return match !== null && !(match[1] && NOT_A_SLUG.has(match[1]));
  });
}

export function isCacheablePath(pathname: string): boolean {
  return matchesAny(PATTERNS, pathname);
}

/** Whether `pathname` (in any language) is one of the PRERENDERED pages. */
export function isPrerenderedPath(pathname: string): boolean {
  return matchesAny(PRERENDERED_PATTERNS, pathname);
}

/**
 * Whether `pathname` (in any language) is one of the SHARED pages, whose every
 * document is rendered without cookies, whoever asks; not a forum thread, which
 * is shared only while its category is open to visitors.
 */
export function isAlwaysSharedPath(pathname: string): boolean {
  return matchesAny(SHARED_PATTERNS, pathname);
}

/** Whether `pathname` (in any language) is a page whose content is the same for every reader. */
export function isSharedPath(pathname: string): boolean {
  if (isAlwaysSharedPath(pathname)) return true;
  const threadId = SHARED_THREAD_PATTERNS.map((pattern) => pattern.exec(pathname)?.[1]).find(Boolean);
  return threadId !== undefined && isSharedThread(threadId);
}

/**
 * Takes the cookies off a document request for a shared page, so that it is
 * rendered (or served from the cache) as for a visitor. Returns whether it did.
 */
export function renderAsForVisitor(request: Pick<IncomingMessage, "method" | "url" | "headers">): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (!request.headers.cookie) return false;
  const pathname = new URL(request.url ?? "/", "http://cache.invalid").pathname;
  if (!isSharedPath(pathname)) return false;
  delete request.headers.cookie;
  return true;
}

/** Whether a request carries a session (Auth.js's session cookie, __Secure- prefixed or not). */
export function hasSessionCookie(headers: Pick<IncomingMessage["headers"], "cookie">): boolean {
  return /session-token/.test(headers.cookie ?? "");
}

/** The cache key of a request, or null when the request must reach Next.js. */
export function cacheKeyFor(request: Pick<IncomingMessage, "method" | "url" | "headers">): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const headers = request.headers;
  // Next.js's client navigations and prefetches ask for RSC payloads, which depend on the router state.
  if (headers["rsc"] || headers["next-router-prefetch"] || headers["next-router-state-tree"] || headers["next-action"])
    return null;
  if (hasSessionCookie(headers)) return null;
  const url = new URL(request.url ?? "/", "http://cache.invalid");
  if (url.searchParams.has("_rsc") || !isCacheablePath(url.pathname)) return null;
  return url.pathname + url.search;
}

const UNSTORED_HEADERS = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "set-cookie",
]);

/** Whether an answer may be kept: a complete HTML page that sets nothing on the visitor. */
export function isStorable(status: number, headers: OutgoingHttpHeaders): boolean {
  return (
    status === 200 &&
    headers["set-cookie"] === undefined &&
    String(headers["content-type"] ?? "").startsWith("text/html") &&
    !headers["content-encoding"]
  );
}

export function nonceOf(headers: OutgoingHttpHeaders): string | null {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1] ?? null;
}

/** The stored page with a new nonce everywhere the old one was. */
export function withFreshNonce(page: CachedPage, nonce: string): { headers: OutgoingHttpHeaders; body: Buffer } {
  if (!page.nonce) return { headers: page.headers, body: page.body };
  const old = page.nonce;
  const headers = {
    ...page.headers,
    "content-security-policy": String(page.headers["content-security-policy"]).split(old).join(nonce),
  };
  return { headers, body: Buffer.from(page.body.toString("utf8").split(old).join(nonce), "utf8") };
}

export function createPageCache(seconds: number) {
  return new TtlCache<CachedPage>({ ttlMs: seconds * 1000, maxEntries: 2_000, maxSize: 64 * 1024 * 1024 });
}

/**
 * Serves `request` from `cache` or lets `render` (Next.js) answer it, keeping
 * a storable answer. Returns without waiting for the render.
 */
export function servePageCached(
  cache: TtlCache<CachedPage>,
  request: IncomingMessage,
  response: ServerResponse,
  render: (request: IncomingMessage, response: ServerResponse) => unknown,
): void {
  renderAsForVisitor(request);
  const key = cacheKeyFor(request);
  if (key === null) {
    void render(request, response);
    return;
  }
  const hit = cache.get(key);
  if (hit) {
    const { headers, body } = withFreshNonce(hit, createNonce());
    response.writeHead(hit.status, {
      ...headers,
      "content-length": body.length,
      age: String(Math.floor((Date.now() - hit.storedAt) / 1000)),
      "x-page-cache": "hit",
    });
    response.end(request.method === "HEAD" ? undefined : body);
    return;
  }
  // The stored copy must be uncompressed, to renew its nonce; a reverse proxy compresses.
  delete request.headers["accept-encoding"];
  const chunks: Buffer[] = [];
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (Buffer.isBuffer(chunk)) chunks.push(chunk);
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    else chunks.push(Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
  };
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof response.write;
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as typeof response.end;
  response.setHeader("x-page-cache", "miss");
  // A page rendered while public data changed (a post hidden mid-render) is
  // not kept: it is stored with the generation it started in, already old.
  const generation = publicDataGeneration();
  response.once("finish", () => {
    const headers = response.getHeaders();
    if (request.method !== "GET" || !isStorable(response.statusCode, headers)) return;
    const stored = Object.fromEntries(
      Object.entries(headers).filter(([name]) => !UNSTORED_HEADERS.has(name) && name !== "x-page-cache"),
    );
    const body = Buffer.concat(chunks);
    cache.set(
      key,
      { status: 200, headers: stored, body, nonce: nonceOf(headers), storedAt: Date.now() },
      body.length,
      generation,
    );
  });
  void render(request, response);
}
