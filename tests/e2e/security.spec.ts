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
  expect(await response.json()).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { current: true, pending: [] } });
});

test("/api/instance describes the instance in the requested language", async ({ request }) => {
  const response = await request.get("/api/instance?locale=de");
  expect(await response.json()).toMatchObject({
    name: "Plattform für NGOs und Kommunen – Woiwodschaft Opolskie",
    region: { teryt: "16", name: "OPOLSKIE" },
    demo: true,
  });
});
