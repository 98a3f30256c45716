// Runs before every page: picks the language from the URL (next-intl) and sets
// the Content-Security-Policy, with a per-request CSP nonce handed to Next.js through
// the request headers.
import createMiddleware from "next-intl/middleware";
import { NextRequest, type NextResponse } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy, createNonce, tileSource } from "@/lib/security/headers";
import { env } from "@/lib/env";

const handleI18nRouting = createMiddleware(routing);

export function proxy(request: NextRequest): NextResponse {
  const config = env();
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, {
    development: config.NODE_ENV === "development",
    https: config.APP_URL.startsWith("https:"),
    tileSource: tileSource(config.MAP_TILE_URL),
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  // The page asked for, so that a page for signed-in people can send a visitor
  // to sign in and back here (lib/auth/redirects.ts). Set here, never taken from the client.
  headers.set("x-request-path", request.nextUrl.pathname + request.nextUrl.search);

  const response = handleI18nRouting(new NextRequest(request.url, { headers, method: request.method }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: not the API, Next.js internals or files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
