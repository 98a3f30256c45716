import {
  NOT_STORED,
  PERSONAL,
  pageCacheControl,
  pageVary,
  publicCacheControl,
  varyOnCookie,
} from "@/lib/http/cache-headers";

const visitor = (url: string) => ({ method: "GET", url, headers: {} });
const signedIn = (url: string) => ({ method: "GET", url, headers: { cookie: "__Secure-authjs.session-token=abc" } });
const ok = { status: 200, headers: { "content-type": "text/html; charset=utf-8" } };

describe("pageCacheControl", () => {
  it("lets shared caches keep a visitor's public page for PAGE_CACHE_SECONDS, never the browser", () => {
    for (const url of ["/", "/organizacje?q=fundacja", "/en/organisations/fundacja-x", "/kontakt", "/de/kontakt"])
      expect(pageCacheControl(visitor(url), ok, 30)).toBe("public, max-age=0, s-maxage=30");
    // The prerendered pages, in every language.
    for (const url of [
      "/regulamin",
      "/en/terms",
      "/deklaracja-dostepnosci",
      "/sfery-pozytku-publicznego",
      "/en/privacy",
    ])
      expect(pageCacheControl(visitor(url), ok, 30)).toBe(publicCacheControl(30));
  });

  it("keeps anything rendered for a session out of every shared cache", () => {
    for (const url of ["/", "/kontakt", "/konto", "/organizacje"])
      expect(pageCacheControl(signedIn(url), ok, 30)).toBe(PERSONAL);
    expect(PERSONAL).toBe("private, no-store");
  });

  it("stores no page that is not the same for every visitor, sets a cookie, failed, or was not read", () => {
    expect(pageCacheControl(visitor("/logowanie"), ok, 30)).toBe(NOT_STORED);
    expect(pageCacheControl(visitor("/konto"), ok, 30)).toBe(NOT_STORED);
    expect(pageCacheControl(visitor("/kontakt"), { status: 404, headers: {} }, 30)).toBe(NOT_STORED);
    expect(pageCacheControl(visitor("/kontakt"), { status: 200, headers: { "set-cookie": ["a=b"] } }, 30)).toBe(
      NOT_STORED,
    );
    expect(pageCacheControl({ ...visitor("/kontakt"), method: "POST" }, ok, 30)).toBe(NOT_STORED);
    expect(NOT_STORED).toContain("no-store");
  });

  it("stores nothing when the page cache's lifetime is 0", () => {
    expect(pageCacheControl(visitor("/kontakt"), ok, 0)).toBe(NOT_STORED);
  });
});

describe("varyOnCookie", () => {
  it("adds Cookie to what Next.js varies on, once", () => {
    const next = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";
    expect(varyOnCookie(next)).toBe(`${next}, Cookie`);
    expect(varyOnCookie(`${next}, Cookie`)).toBe(`${next}, Cookie`);
    expect(varyOnCookie(undefined)).toBe("Cookie");
    expect(varyOnCookie(["rsc", "accept-encoding"])).toBe("rsc, accept-encoding, Cookie");
  });
});

describe("pageVary", () => {
  const next = "rsc, next-router-state-tree";

  it("does not vary on the cookie for the pages rendered without cookies whoever asks", () => {
    for (const url of ["/", "/organizacje?q=x", "/kontakt", "/en/terms", "/sfery-pozytku-publicznego", "/forum"])
      expect(pageVary(visitor(url), next)).toBe(next);
    // One copy for everyone: a shared cache may answer a signed-in reader with it, as the server does.
    expect(pageVary(visitor("/kontakt"), `${next}, Cookie`)).toBe(next);
    expect(pageVary(visitor("/kontakt"), undefined)).toBeNull();
  });

  it("varies on the cookie for the pages whose visitors' copy is not a signed-in reader's", () => {
    // The partner requests, an idea's page and a forum thread's (shared only while visitors may read it).
    for (const url of [
      "/partnerstwa",
      "/pomysly/kalendarz",
      "/forum/watki/cmabcdefghijklmnopqrst",
      "/logowanie",
      "/konto",
    ])
      expect(pageVary(visitor(url), next)).toBe(`${next}, Cookie`);
  });

  it("varies on the cookie when a request reached the page with its cookies, or was no read", () => {
    expect(pageVary(signedIn("/kontakt"), next)).toBe(`${next}, Cookie`);
    expect(pageVary({ ...visitor("/kontakt"), method: "POST" }, next)).toBe(`${next}, Cookie`);
  });
});
