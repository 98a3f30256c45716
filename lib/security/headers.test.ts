import { contentSecurityPolicy, createNonce, tileSource } from "@/lib/security/headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("contentSecurityPolicy", () => {
  it("in production allows scripts from this origin only: the server adds the page's own inline scripts by hash", () => {
    const scripts = directive(contentSecurityPolicy(null, { development: false, https: true }), "script-src");
    expect(scripts).toBe("script-src 'self'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
    // 'strict-dynamic' would make browsers ignore 'self' and block Next.js's chunk tags, which carry neither nonce nor hash.
    expect(scripts).not.toContain("strict-dynamic");
  });

  it("in development allows scripts only with this request's nonce", () => {
    const nonce = createNonce();
    const scripts = directive(contentSecurityPolicy(nonce, { development: false, https: true }), "script-src");
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
  });

  it("forbids framing, plugins and foreign form targets", () => {
    const csp = contentSecurityPolicy(createNonce(), { development: false, https: false });
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "form-action")).toBe("form-action 'self'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("upgrades requests only behind HTTPS, and allows eval only in development", () => {
    expect(contentSecurityPolicy("n", { development: false, https: true })).toContain("upgrade-insecure-requests");
    expect(directive(contentSecurityPolicy("n", { development: true, https: false }), "script-src")).toContain(
      "'unsafe-eval'",
    );
  });
});

describe("createNonce", () => {
  it("is fresh and unguessable each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("map tiles in the policy", () => {
  it("allows images from the tile server's origin only", () => {
    expect(tileSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://tile.openstreetmap.org");
    expect(tileSource("https://{s}.tiles.example.org/osm/{z}/{x}/{y}.png")).toBe("https://*.tiles.example.org");
    const csp = contentSecurityPolicy("n", {
      development: false,
      https: true,
      tileSource: "https://tile.openstreetmap.org",
    });
    expect(directive(csp, "img-src")).toBe("img-src 'self' data: blob: https://tile.openstreetmap.org");
    expect(directive(csp, "connect-src")).toBe("connect-src 'self'");
  });
});
