/**
 * @jest-environment node
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { publicDataChanged, publicDataGeneration } from "@/lib/cache/public-data";
import { threadIsShared } from "@/lib/cache/shared-threads";
import {
  cacheKeyFor,
  createPageCache,
  isCacheablePath,
  renderAsForVisitor,
  servePageCached,
} from "@/lib/http/page-cache";

describe("which requests the page cache may answer", () => {
  it("lists the public pages in every language, and nothing else", () => {
    for (const path of [
      "/",
      "/en",
      "/de",
      "/organizacje",
      "/en/organisations",
      "/de/organisationen",
      "/organizacje/fundacja-zolw",
      "/urzedy",
      "/sfery-pozytku-publicznego",
      "/konsultacje",
      "/de/konsultationen/program-2027",
      "/forum",
      "/forum/kategorie/ogloszenia",
      "/en/forum/threads/cmabcdefghijklmnopqrst",
      "/forum/szukaj",
      "/de/forum/suche",
      "/szukaj",
      "/en/search",
      "/de/suche",
      "/kontakt",
      "/en/terms",
      "/de/datenschutz",
      "/deklaracja-dostepnosci",
    ]) {
      expect(isCacheablePath(path)).toBe(true);
    }
    for (const path of [
      "/organizacje/zarejestruj",
      "/en/organisations/register",
      "/organizacje/x/edycja",
      "/konto",
      "/logowanie",
      "/api/instance",
      "/organizacje/Fundacja",
      "/konsultacje/program-2027/edycja",
      "/konsultacje/program-2027/uwagi",
      "/konsultacje/program-2027/podglad",
      "/forum/kategorie/ogloszenia/nowy-watek",
      "/moderacja/forum",
      "/administracja/forum",
    ]) {
      expect(isCacheablePath(path)).toBe(false);
    }
  });

  it("refuses sessions, RSC requests, other methods", () => {
    const get = (url: string, headers: Record<string, string> = {}, method = "GET") =>
      cacheKeyFor({ method, url, headers });
    expect(get("/organizacje?q=fundacja")).toBe("/organizacje?q=fundacja");
    expect(get("/organizacje", { cookie: "next-auth.session-token=abc" })).toBeNull();
    expect(get("/organizacje", { cookie: "__Secure-next-auth.session-token.0=abc" })).toBeNull();
    expect(get("/organizacje", { rsc: "1" })).toBeNull();
    expect(get("/organizacje?_rsc=x1")).toBeNull();
    expect(get("/organizacje", {}, "POST")).toBeNull();
    expect(get("/organizacje", { cookie: "other=1" })).toBe("/organizacje");
  });

  it("takes the cookies off document requests for pages the same for every reader, and only those", () => {
    const request = (url: string, method = "GET") => ({
      method,
      url,
      headers: { cookie: "next-auth.session-token=abc" } as Record<string, string | undefined>,
    });
    for (const url of [
      "/",
      "/en",
      "/organizacje?q=fundacja",
      "/de/organisationen",
      // The reader's parts of an organisation's page come from the browser (lib/organisations/viewer.ts).
      "/organizacje/fundacja-x",
      // So is the forum's list: a signed-in reader's categories come from the browser (app/api/forum/categories).
      "/forum",
      "/konsultacje",
      // A consultation's too: the reader's remark form and own remarks come from the browser (lib/consultations/viewer.ts).
      "/konsultacje/program-2027",
      "/en/consultations/program-2027",
      // The one search reads no session: it searches only what visitors may see (lib/search/global.ts).
      "/szukaj?q=wolontariat",
      "/de/suche?q=wolontariat",
      "/kontakt",
      // The notification centre's entries come from /api/notifications/centre.
      "/powiadomienia",
      "/de/benachrichtigungen?page=2",
      // "My matters": the reader's matters come from /api/account/matters.
      "/moje-sprawy",
      "/de/meine-anliegen",
      // A competition's results: the reader's outcomes and the reasons link come from /api/competitions/[id]/viewer.
      "/konkursy/konkurs-2027/wyniki",
      "/de/ausschreibungen/konkurs-2027/ergebnisse",
    ]) {
      const shared = request(url);
      expect(renderAsForVisitor(shared)).toBe(true);
      expect(shared.headers.cookie).toBeUndefined();
      expect(cacheKeyFor(shared)).toBe(url);
    }
    for (const url of [
      "/organizacje/fundacja-x/edycja",
      // A draft's preview for its officials.
      "/konsultacje/program-2027/podglad",
      "/forum/watki/abc123",
      "/oferty",
      "/powiadomienia/ustawienia",
      "/konto",
      // The office's decision and a person's reasons requests are theirs.
      "/konkursy/konkurs-2027/rozstrzygniecie",
      "/en/competitions/konkurs-2027/reasons",
    ]) {
      const personal = request(url);
      expect(renderAsForVisitor(personal)).toBe(false);
      expect(personal.headers.cookie).toBe("next-auth.session-token=abc");
    }
    const post = request("/organizacje", "POST");
    expect(renderAsForVisitor(post)).toBe(false);
    expect(post.headers.cookie).toBeDefined();
  });
});

describe("serving through the page cache", () => {
  let renders = 0;
  const cookiesSeen: (string | undefined)[] = [];
  let setCookie = false;
  let changeWhileRendering = false;
  let status = 200;
  let server: http.Server;
  let base: string;
  const cache = createPageCache(30);

  // Stands in for Next.js: a page with a nonce in its policy and scripts.
  function render(request: IncomingMessage, response: ServerResponse) {
    renders += 1;
    cookiesSeen.push(request.headers.cookie);
    if (changeWhileRendering) publicDataChanged();
    const nonce = `nonce${renders}AAAA==`;
    response.statusCode = status;
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}'`);
    if (setCookie) response.setHeader("set-cookie", "a=b");
    response.write(`<html><script nonce="${nonce}">1</script>`);
    response.end(`<p>${request.url}</p></html>`);
  }

  beforeAll(async () => {
    server = http.createServer((req, res) => servePageCached(cache, req, res, render));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("renders once, then serves the copy with a fresh nonce in the body and the policy", async () => {
    const first = await fetch(`${base}/organizacje?q=a`);
    const firstBody = await first.text();
    expect(first.headers.get("x-page-cache")).toBe("miss");
    const second = await fetch(`${base}/organizacje?q=a`);
    const secondBody = await second.text();
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(renders).toBe(1);
    const nonce = /'nonce-([^']+)'/.exec(second.headers.get("content-security-policy")!)![1]!;
    expect(nonce).not.toBe("nonce1AAAA==");
    expect(secondBody).toBe(firstBody.replace("nonce1AAAA==", nonce));
  });

  it("renders again after public data changed, and for a session on a page that may be personal", async () => {
    await fetch(`${base}/forum/watki/watek-b`);
    publicDataChanged();
    await fetch(`${base}/forum/watki/watek-b`);
    const before = renders;
    const signedIn = await fetch(`${base}/forum/watki/watek-b`, {
      headers: { cookie: "next-auth.session-token=x" },
    });
    expect(signedIn.headers.get("x-page-cache")).toBeNull();
    expect(renders).toBe(before + 1);
    expect(cookiesSeen.at(-1)).toBe("next-auth.session-token=x");
  });

  it("serves a page the same for every reader to signed-in people too, rendered without their cookies", async () => {
    const signedIn = { headers: { cookie: "next-auth.session-token=x; other=1" } };
    const first = await fetch(`${base}/organizacje?q=shared`, signedIn);
    expect(first.headers.get("x-page-cache")).toBe("miss");
    expect(cookiesSeen.at(-1)).toBeUndefined();
    const before = renders;
    const visitor = await fetch(`${base}/organizacje?q=shared`);
    const again = await fetch(`${base}/organizacje?q=shared`, signedIn);
    expect([visitor.headers.get("x-page-cache"), again.headers.get("x-page-cache")]).toEqual(["hit", "hit"]);
    expect(renders).toBe(before);
  });

  it("serves a forum thread's page to signed-in people from the cache only once the page said the thread is the same for everyone", async () => {
    const signedIn = { headers: { cookie: "next-auth.session-token=x" } };
    // Not known yet (a members' category's thread is never said to be): rendered with the session, not kept.
    const first = await fetch(`${base}/forum/watki/watekwspolny0000000001`, signedIn);
    expect(first.headers.get("x-page-cache")).toBeNull();
    expect(cookiesSeen.at(-1)).toBe("next-auth.session-token=x");
    threadIsShared("watekwspolny0000000001", publicDataGeneration());
    const shared = await fetch(`${base}/forum/watki/watekwspolny0000000001`, signedIn);
    expect(shared.headers.get("x-page-cache")).toBe("miss");
    expect(cookiesSeen.at(-1)).toBeUndefined();
    const before = renders;
    const again = await fetch(`${base}/en/forum/threads/watekwspolny0000000001`, signedIn);
    expect(cookiesSeen.at(-1)).toBeUndefined();
    expect(
      await fetch(`${base}/forum/watki/watekwspolny0000000001`, signedIn).then((r) => r.headers.get("x-page-cache")),
    ).toBe("hit");
    expect(again.headers.get("x-page-cache")).toBe("miss");
    expect(renders).toBe(before + 1);
    // A change to public data (a category closed, the thread moved or held) and it must be said again.
    publicDataChanged();
    await fetch(`${base}/forum/watki/watekwspolny0000000001`, signedIn);
    expect(cookiesSeen.at(-1)).toBe("next-auth.session-token=x");
  });

  it("does not keep a page during whose rendering public data changed (a post hidden meanwhile)", async () => {
    changeWhileRendering = true;
    await fetch(`${base}/forum/watki/w1`);
    changeWhileRendering = false;
    const again = await fetch(`${base}/forum/watki/w1`);
    expect(again.headers.get("x-page-cache")).toBe("miss");
    const third = await fetch(`${base}/forum/watki/w1`);
    expect(third.headers.get("x-page-cache")).toBe("hit");
  });

  it("keeps no answer that sets a cookie or is not a 200", async () => {
    setCookie = true;
    await fetch(`${base}/urzedy`);
    await fetch(`${base}/urzedy`);
    setCookie = false;
    status = 404;
    await fetch(`${base}/organizacje/nie-ma`);
    const again = await fetch(`${base}/organizacje/nie-ma`);
    status = 200;
    expect(again.headers.get("x-page-cache")).toBe("miss");
    const before = renders;
    await fetch(`${base}/urzedy`);
    expect(renders).toBe(before + 1);
  });
});
