// next-intl's middleware, remembered per address. Finding which page a localised
// path names costs it ~1.5 ms a request (it sorts every pathname of lib/i18n/routing.ts
// and compiles a regular expression for each one it tries): a tenth of a page rendered
// afresh. With no locale detection and no locale cookie (routing.ts), its answer
// depends only on the address: the same origin and path always give the same
// rewrite, redirect or pass-through and the same Link header, and the query string is
// only carried along. So the answer for origin + path is worked out once and replayed
// with the request's own query and headers.
//
// An answer is kept only when replaying it for the very request it came from gives
// back the same response (status and headers): anything the replay cannot reproduce
// (a future version of next-intl answering differently) always goes to the middleware.
//
// next-intl names the page's language versions (the Link header) at the host the
// request's Host or X-Forwarded-Host header names. Remembered, one request's header
// would name them for every later reader of that address (and for the page cache's
// copies), so the answer is worked out as if asked at the platform's own address
// (APP_URL), which is where those versions are anyway.
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";

/** The header next-intl hands the page the locale in (HEADER_LOCALE_NAME in next-intl). */
const LOCALE_HEADER = "x-next-intl-locale";
/** Addresses remembered: the popular pages; the rest (one slug each) cost what they cost before. */
const MAX_REMEMBERED = 5_000;
/** Longer addresses are not remembered: no page has one, and each would hold its path several times over. */
const MAX_REMEMBERED_PATH = 200;
/** Headers naming the host and scheme a request came through; the probe names the platform's own instead. */
const FORWARDING_HEADERS = ["host", "forwarded", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

type Answer =
  | { kind: "next"; locale: string; link: string | null }
  | { kind: "rewrite"; locale: string; link: string | null; to: string }
  | { kind: "redirect"; status: number; link: string | null; to: string };

const middleware = createMiddleware(routing);
const remembered = new Map<string, Answer | null>();

export function routeLocale(request: NextRequest): NextResponse {
  // Were the locale ever guessed from headers or a cookie, the address alone would no longer decide.
  if (routing.localeDetection !== false || routing.localeCookie !== false) return middleware(request);
  if (request.nextUrl.pathname.length > MAX_REMEMBERED_PATH) return middleware(request);
  const key = request.nextUrl.origin + request.nextUrl.pathname;
  let answer = remembered.get(key);
  if (answer === undefined) {
    answer = learn(request);
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, answer);
  }
  return answer ? replay(answer, request) : middleware(request);
}

/** next-intl's answer for the request's address without its query, or null when it cannot be replayed. */
function learn(request: NextRequest): Answer | null {
  const bare = new URL(request.nextUrl.origin + request.nextUrl.pathname);
  const platform = new URL(env().APP_URL);
  const headers = new Headers(request.headers);
  for (const name of FORWARDING_HEADERS) headers.delete(name);
  headers.set("x-forwarded-host", platform.host);
  headers.set("x-forwarded-proto", platform.protocol.replace(":", ""));
  const probe = new NextRequest(bare, { headers });
  const response = middleware(probe);
  const answer = describe(response);
  return answer && sameResponse(replay(answer, probe), response) ? answer : null;
}

function describe(response: NextResponse): Answer | null {
  const link = response.headers.get("link");
  const locale = response.headers.get(`x-middleware-request-${LOCALE_HEADER}`);
  const rewrite = response.headers.get("x-middleware-rewrite");
  const location = response.headers.get("location");
  if (location && response.status >= 300 && response.status < 400)
    return { kind: "redirect", status: response.status, link, to: location };
  if (!locale) return null;
  if (rewrite) return { kind: "rewrite", locale, link, to: new URL(rewrite).pathname };
  if (response.headers.get("x-middleware-next")) return { kind: "next", locale, link };
  return null;
}

function replay(answer: Answer, request: NextRequest): NextResponse {
  let response: NextResponse;
  if (answer.kind === "redirect") {
    const to = new URL(answer.to);
    to.search = request.nextUrl.search;
    response = NextResponse.redirect(to, answer.status);
  } else {
    const headers = new Headers(request.headers);
    headers.set(LOCALE_HEADER, answer.locale);
    if (answer.kind === "rewrite") {
      const to = new URL(answer.to, request.url);
      to.search = request.nextUrl.search;
      response = NextResponse.rewrite(to, { request: { headers } });
    } else {
      response = NextResponse.next({ request: { headers } });
    }
  }
  if (answer.link) response.headers.set("link", answer.link);
  return response;
}

export function sameResponse(a: Response, b: Response): boolean {
  if (a.status !== b.status) return false;
  const entries = (response: Response) => JSON.stringify([...response.headers.entries()].sort());
  return entries(a) === entries(b);
}
