import { expect, test } from "@playwright/test";

test("pages carry a fresh nonce-based CSP and the security headers", async ({ page, request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const csp = first.headers()["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(second.headers()["content-security-policy"]).not.toContain(nonce);
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);

  const headers = first.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-powered-by"]).toBeUndefined();

  // Every script tag the server sends carries this request's nonce; the chunks
  // those scripts load later are trusted through 'strict-dynamic'.
  const scriptTags = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);

  // And the browser blocks nothing while the page loads and hydrates.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("API responses get the security headers and a locked-down policy", async ({ request }) => {
  const response = await request.get("/api/instance");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("/api/health reports a reachable database with current migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    status: "ok",
    database: { reachable: true },
    migrations: { current: true, pending: [] },
  });
});

test("/api/instance describes the instance in the requested language", async ({ request }) => {
  const response = await request.get("/api/instance?locale=de");
  expect(await response.json()).toMatchObject({
    name: "Plattform für NGOs und Kommunen – Woiwodschaft Opolskie",
    region: { teryt: "16", name: "OPOLSKIE" },
    demo: true,
  });
});

test("a page whose path has a dot in it is routed and protected like any other", async ({ request }) => {
  for (const path of ["/organizacje/st.-jadwigi", "/en/consultations/plan.2027"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    expect(response.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    // The platform's not-found page in the path's language, not a bare framework page.
    expect(await response.text()).toContain(path.startsWith("/en") ? "Page not found" : "Nie znaleziono strony");
  }
});

test("the icon, robots.txt, the sitemap and the manifest are served, with the security headers", async ({
  request,
}) => {
  for (const [path, type] of [
    ["/favicon.ico", "image/"],
    ["/icon.svg", "image/svg+xml"],
    ["/apple-touch-icon.png", "image/png"],
    ["/robots.txt", "text/plain"],
    ["/sitemap.xml", "application/xml"],
    ["/sitemaps/pages.xml", "application/xml"],
    ["/manifest.webmanifest?lang=de", "application/manifest+json"],
  ] as const) {
    const response = await request.get(path);
    expect([path, response.status()]).toEqual([path, 200]);
    expect(response.headers()["content-type"]).toContain(type);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  }
  expect(await (await request.get("/robots.txt")).text()).toMatch(/^Sitemap: http.+\/sitemap\.xml$/m);
  const home = await (await request.get("/de")).text();
  expect(home).toContain('<link rel="manifest" href="/manifest.webmanifest?lang=de"');
  expect(home).toContain('href="/icon.svg"');
});
