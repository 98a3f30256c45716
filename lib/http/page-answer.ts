// What the production server does to every page answer of Next.js before it
// leaves (lib/cli/next-server.ts):
// - an HTML page is held until complete, and its Content-Security-Policy gets
//   the hashes of the page's own inline scripts (lib/security/inline-script-hashes.ts);
// - a page (HTML or the RSC payload of a client navigation) gets the
//   Cache-Control and Vary of lib/http/cache-headers.ts;
// - Next.js's empty error shell for a page that called notFound() is swapped
//   for the not-found page rendered whole (lib/http/not-found-document.ts).
// Next.js's files (/_next/) and the API pass untouched.
import type { IncomingMessage, ServerResponse } from "node:http";
import { pageCacheControl, pageVary } from "@/lib/http/cache-headers";
import { holdAnswer } from "@/lib/http/held-answer";
import { isErrorShell, isNotFoundDocumentAddress, localeOfAddress } from "@/lib/http/not-found-document";
import type { Locale } from "@/lib/i18n/locales";
import { inlineScriptHashes, withScriptSources } from "@/lib/security/inline-script-hashes";

const contentType = (response: ServerResponse) => String(response.getHeader("content-type") ?? "");

export function isHtml(response: ServerResponse): boolean {
  return contentType(response).startsWith("text/html") && !response.getHeader("content-encoding");
}

/** The not-found page of a language rendered whole (its body), or null when it cannot be had. */
export type NotFoundDocument = (locale: Locale) => Promise<Buffer | null>;

/** Readies `request` and `response` so that Next.js's page answers leave with a hashed CSP and cache headers. */
export function preparePageAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  sharedSeconds: number,
  notFoundDocument?: NotFoundDocument,
): void {
  const url = request.url ?? "/";
  if (url.startsWith("/_next/") || url.startsWith("/api/")) return;
  const ownNotFoundAddress = isNotFoundDocumentAddress(url);
  // A page is hashed as the browser will read it, so Next.js must not compress
  // it; the reverse proxy in front compresses (README, "Running in production").
  delete request.headers["accept-encoding"];
  holdAnswer(response, {
    beforeHeaders: (answer) => {
      if (!/^text\/(?:html|x-component)\b/.test(contentType(answer))) return;
      // The not-found page's own address is no page: it answers what it says.
      if (ownNotFoundAddress) answer.statusCode = 404;
      const status = answer.statusCode;
      answer.setHeader(
        "cache-control",
        pageCacheControl(request, { status, headers: answer.getHeaders() }, sharedSeconds),
      );
      const vary = pageVary(request, answer.getHeader("vary"));
      if (vary) answer.setHeader("vary", vary);
      else answer.removeHeader("vary");
    },
    hold: isHtml,
    replace: (answer, body) =>
      notFoundDocument &&
      !ownNotFoundAddress &&
      answer.statusCode === 404 &&
      request.method === "GET" &&
      isErrorShell(body)
        ? notFoundDocument(localeOfAddress(url))
        : null,
    complete: (answer, body) => {
      const policy = answer.getHeader("content-security-policy");
      if (typeof policy !== "string") return;
      answer.setHeader("content-security-policy", withScriptSources(policy, inlineScriptHashes(body)));
    },
  });
}
