// Runs before every page: picks the language from the URL (next-intl, remembered per
// address in lib/i18n/locale-routing.ts) and sets
// the Content-Security-Policy. In production it allows scripts from 'self' only, and the
// production server adds the hashes of the page's own inline scripts
// (lib/http/page-answer.ts): no nonce, so pages the same for everyone can be
// prerendered. `next dev` is not behind that server, so there a per-request
// nonce is handed to Next.js through the request's CSP header instead.
import { NextRequest, type NextResponse } from "next/server";
import { routeLocale } from "@/lib/i18n/locale-routing";
import { contentSecurityPolicy, createNonce, tileSource } from "@/lib/security/headers";
import { env } from "@/lib/env";

export function proxy(request: NextRequest): NextResponse {
  const config = env();
  const development = config.NODE_ENV === "development";
  const csp = contentSecurityPolicy(development ? createNonce() : null, {
    development,
    https: config.APP_URL.startsWith("https:"),
    tileSource: tileSource(config.MAP_TILE_URL),
  });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  // The page asked for, so that a page for signed-in people can send a visitor
  // to sign in and back here (lib/auth/redirects.ts). Set here, never taken from the client.
  headers.set("x-request-path", request.nextUrl.pathname + request.nextUrl.search);

  const response = routeLocale(new NextRequest(request.url, { headers, method: request.method }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Every page, a path with a dot in it too (it still needs the language and the
  // CSP): only the API, Next.js's own files, the files of public/ and the routes
  // for crawlers and the manifest are left out. Kept literal because Next.js reads
  // it at build time; lib/security/proxy-matcher.test.ts checks it against public/.
  matcher: [
    "/((?!api(?:/|$)|_next/|_vercel/|sitemaps/|(?:favicon\\.ico|icon\\.svg|icon-192\\.png|icon-512\\.png|icon-maskable-512\\.png|apple-touch-icon\\.png|robots\\.txt|sitemap\\.xml|manifest\\.webmanifest)$).*)",
  ],
};
