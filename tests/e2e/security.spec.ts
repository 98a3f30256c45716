import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { pages, urlFor } from "./pages";
import { NGO_STATE } from "./two-factor-helpers";

/** The inline scripts of `html` a browser would run (no src, not a data block such as JSON-LD), as CSP hash sources. */
function runnableInlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/(?:^|\s)src=/.test(attributes!) && !/type="application\/ld\+json"/.test(attributes!))
    .map(([, , text]) => `'sha256-${createHash("sha256").update(text!, "utf8").digest("base64")}'`);
}

// The policy changed from a per-request nonce to hashes (issue 21), so that pages the same for everyone can be
// prerendered and kept by shared caches; it is checked at least as strictly: every inline script the page runs is
// named by its hash, nothing else inline may run, and the browser blocks nothing while the page hydrates.
test("pages carry a hash-based CSP that names every inline script they run, and the security headers", async ({
  page,
  request,
}) => {
  for (const path of ["/", "/kontakt", "/en/terms"]) {
    const response = await request.get(path);
    const csp = response.headers()["content-security-policy"]!;
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("nonce-");

    const html = await response.text();
    const scriptSources = /script-src ([^;]*)/.exec(csp)![1]!.split(" ");
    const inline = runnableInlineScriptHashes(html);
    expect(inline.length).toBeGreaterThan(0);
    for (const hash of inline) expect(scriptSources).toContain(hash);
    // Scripts from files come from this site only.
    for (const [, src] of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) expect(src).toMatch(/^\/_next\//);
  }

  // A page the same for everyone gets the same policy every time, so a shared cache may keep both.
  const [first, second] = [await request.get("/kontakt"), await request.get("/kontakt")];
  expect(second.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);

  const headers = first.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-powered-by"]).toBeUndefined();

  // And the browser blocks nothing while the pages load and hydrate.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  for (const path of ["/", "/kontakt"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
});

test("every page runs its scripts under the policy: nothing blocked, and the header's account area appears", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(`${page.url()}: ${message.text()}`);
  });
  for (const pathname of pages) {
    await page.goto(urlFor(pathname, "pl"));
    // Filled in by a script after the page loads: only there if the page's scripts ran.
    await expect(page.getByRole("navigation", { name: "Konto" })).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("signed-in pages run their scripts under the policy too, and the header shows the person", async ({ browser }) => {
  const context = await browser.newContext({ storageState: NGO_STATE });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of ["/konto", "/powiadomienia", "/konsultacje", "/forum", "/kontakt"]) {
    await page.goto(path);
    await expect(
      page.getByRole("navigation", { name: "Konto" }).getByRole("button", { name: "Moje konto" }),
    ).toBeVisible();
  }
  expect(violations).toEqual([]);
  await context.close();
});

test("an inline script the server did not write is blocked, even one shaped like Next.js's", async ({ page }) => {
  // Stands in for content that slipped past sanitising: the page's own policy, a script added to its HTML.
  await page.route("**/kontakt", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      "</body>",
      '<script>window.injected=1</script><script>self.__next_f.push([1,"x"]);window.injected=2</script></body>',
    );
    await route.fulfill({ response, body });
  });
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  await page.goto("/kontakt");
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
  expect(violations.length).toBeGreaterThanOrEqual(2);
});

test("public pages tell shared caches what they may keep, and for whom", async ({ request }) => {
  const visitor = await request.get("/kontakt");
  expect(visitor.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+$/);
  // The same for every reader (rendered without cookies whoever asks): one copy serves signed-in readers too.
  expect(visitor.headers()["vary"]).not.toMatch(/\bCookie\b/);
  expect(visitor.headers()["vary"]).toMatch(/\brsc\b/);
  const directory = await request.get("/organizacje");
  expect(directory.headers()["cache-control"]).toMatch(/^public, /);
  // The partner requests' list names links for a signed-in reader: visitors' copy varies on the cookie.
  const partnerships = await request.get("/partnerstwa");
  expect(partnerships.headers()["cache-control"]).toMatch(/^public, /);
  expect(partnerships.headers()["vary"]).toMatch(/\bCookie\b/);
  // A page rendered for a session (an idea's, with one's support) is never stored by a shared cache…
  const member = await request.get("/pomysly/wspolny-kalendarz-wydarzen-w-nysie", {
    headers: { cookie: "next-auth.session-token=not-a-session" },
  });
  expect(member.headers()["cache-control"]).toBe("private, no-store");
  // …while a page the same for every reader is rendered without the cookies, as for a visitor.
  const shared = await request.get("/kontakt", { headers: { cookie: "next-auth.session-token=not-a-session" } });
  expect(shared.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+$/);
  // So is the forum's list of categories now: a signed-in reader's own list comes from the browser.
  const forum = await request.get("/forum", { headers: { cookie: "next-auth.session-token=not-a-session" } });
  expect(forum.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+$/);
  // And a consultation's: the remark form and one's own remarks come from the browser.
  const consultation = await request.get("/konsultacje/program-wspolpracy-wojewodztwa-opolskiego-2027", {
    headers: { cookie: "next-auth.session-token=not-a-session" },
  });
  expect(consultation.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+$/);
  // Nor a page for visitors that is not the same for everyone.
  const signIn = await request.get("/logowanie");
  expect(signIn.headers()["cache-control"]).toContain("no-store");
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
    expect(response.headers()["content-security-policy"]).toMatch(/script-src 'self' 'sha256-[^']+'/);
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
