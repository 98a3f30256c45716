// What the production server does to every page answer of Next.js before it
// leaves (lib/cli/next-server.ts):
// - an HTML page is held until complete, and its Content-Security-Policy gets
//   the hashes of the page's own inline scripts (lib/security/inline-script-hashes.ts);
// - a page (HTML or the RSC payload of a client navigation) gets the
//   Cache-Control and Vary of lib/http/cache-headers.ts.
// Next.js's files (/_next/) and the API pass untouched.
import type { IncomingMessage, ServerResponse } from "node:http";
import { pageCacheControl, varyOnCookie } from "@/lib/http/cache-headers";
import { holdAnswer } from "@/lib/http/held-answer";
import { inlineScriptHashes, withScriptSources } from "@/lib/security/inline-script-hashes";

const contentType = (response: ServerResponse) => String(response.getHeader("content-type") ?? "");

export function isHtml(response: ServerResponse): boolean {
  return contentType(response).startsWith("text/html") && !response.getHeader("content-encoding");
}

/** Readies `request` and `response` so that Next.js's page answers leave with a hashed CSP and cache headers. */
export function preparePageAnswer(request: IncomingMessage, response: ServerResponse, sharedSeconds: number): void {
  const url = request.url ?? "/";
  if (url.startsWith("/_next/") || url.startsWith("/api/")) return;
  // A page is hashed as the browser will read it, so Next.js must not compress
  // it; the reverse proxy in front compresses (README, "Running in production").
  delete request.headers["accept-encoding"];
  holdAnswer(response, {
    beforeHeaders: (answer) => {
      if (!/^text\/(?:html|x-component)\b/.test(contentType(answer))) return;
      const status = answer.statusCode;
      answer.setHeader(
        "cache-control",
        pageCacheControl(request, { status, headers: answer.getHeaders() }, sharedSeconds),
      );
      answer.setHeader("vary", varyOnCookie(answer.getHeader("vary")));
    },
    hold: isHtml,
    complete: (answer, body) => {
      const policy = answer.getHeader("content-security-policy");
      if (typeof policy !== "string") return;
      answer.setHeader("content-security-policy", withScriptSources(policy, inlineScriptHashes(body)));
    },
  });
}
