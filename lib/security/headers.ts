// The Content-Security-Policy of pages (the other security headers are set for
// every path in next.config.js). No inline script runs unless the policy names it:
// - in production by its hash: proxy.ts sends `script-src 'self'` and the
//   production server adds the hash of each of the page's own inline scripts
//   (lib/http/page-answer.ts), so a page can be prerendered and kept by any cache;
// - in development (`next dev`, which that server does not wrap) by a fresh
//   nonce per request, which Next.js puts on its own scripts.
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The origin a tile URL template loads from, as a CSP source ("{s}" subdomains become a wildcard). */
export function tileSource(template: string): string {
  const match = /^(https?:\/\/[^/]+)/.exec(template.replace(/\{s\}/g, "*"));
  return match ? match[1]! : "";
}

export function contentSecurityPolicy(
  nonce: string | null,
  options: { development: boolean; https: boolean; tileSource?: string },
): string {
  const directives = [
    "default-src 'self'",
    // With a nonce, 'strict-dynamic' lets the nonced Next.js loader bring in its
    // chunks. Without one, the chunks come from 'self' and the inline scripts
    // are added by hash; 'strict-dynamic' would make browsers ignore 'self' and
    // block Next.js's <script src> tags, which carry no nonce and no hash. Dev
    // mode needs eval for React's debugging tools.
    nonce
      ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`
      : `script-src 'self'${options.development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes only (no script); kept for React's style props.
    "style-src 'self' 'unsafe-inline'",
    // The directory map's tiles come from the configured tile server.
    `img-src 'self' data: blob:${options.tileSource ? ` ${options.tileSource}` : ""}`,
    "font-src 'self'",
    `connect-src 'self'${options.development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}
