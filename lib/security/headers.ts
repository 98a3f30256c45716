// The Content-Security-Policy of pages (the other security headers are set for
// every path in next.config.js). It carries a fresh nonce per request: Next.js puts it on its own scripts, and no inline
// script without it runs.
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The origin a tile URL template loads from, as a CSP source ("{s}" subdomains become a wildcard). */
export function tileSource(template: string): string {
  const match = /^(https?:\/\/[^/]+)/.exec(template.replace(/\{s\}/g, "*"));
  return match ? match[1]! : "";
}

export function contentSecurityPolicy(
  nonce: string,
  options: { development: boolean; https: boolean; tileSource?: string },
): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced Next.js loader bring in its chunks; dev
    // mode needs eval for React's debugging tools.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
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
