/**
 * @jest-environment node
 */
import { createHash } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createNotFoundFetcher } from "@/lib/http/not-found-fetcher";
import { preparePageAnswer, type NotFoundDocument } from "@/lib/http/page-answer";

const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const POLICY = "default-src 'self'; script-src 'self'; object-src 'none'";
const start = "(self.__next_f=self.__next_f||[]).push([0])";
const payload = 'self.__next_f.push([1,"0:{\\"P\\":null}\\n"])';
const page = (injected = "") =>
  `<!DOCTYPE html><html><body><p>Kontakt ${injected}</p><script src="/_next/static/chunks/a.js" async=""></script>` +
  `<script type="application/ld+json">{"@type":"NGO"}</script><script>${start}</script><script>${payload}</script></body></html>`;

/** A large RSC payload streamed as Next.js does, with a layer patched on top afterwards as its compression does. */
async function streamedPayload(response: ServerResponse): Promise<void> {
  const below = response.write.bind(response) as (chunk: string) => boolean;
  response.write = ((chunk: string) => {
    layerWrites += 1;
    return below(chunk);
  }) as typeof response.write;
  response.setHeader("content-type", "text/x-component");
  response.flushHeaders();
  for (let i = 0; i < 64; i++)
    if (!response.write("x".repeat(64 * 1024))) await new Promise((resolve) => response.once("drain", resolve));
  response.end();
}

/** Answers as Next.js does: headers set one by one, flushed, then the page in pieces. */
function nextLike(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? "/", "http://test.invalid");
  seenEncoding = request.headers["accept-encoding"];
  if (url.pathname === "/konto") {
    void streamedPayload(response);
    return;
  }
  if (url.pathname === "/api/data" || url.pathname === "/_next/static/a.js") {
    response.setHeader("content-type", "application/json");
    response.setHeader("content-security-policy", "default-src 'none'");
    response.write('{"a":');
    response.end("1}");
    return;
  }
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.setHeader("content-security-policy", POLICY);
  response.setHeader("vary", "rsc, next-router-state-tree");
  response.setHeader("cache-control", "s-maxage=31536000");
  if (url.pathname === "/writehead" || url.pathname.endsWith("/missing")) {
    // Next.js's answer to notFound(): its error shell, the page only in the payload.
    if (url.pathname.endsWith("/missing")) {
      response.writeHead(404);
      response.end(errorShell);
      return;
    }
    response.writeHead(404, { "x-kind": "not-found" });
    response.end(page());
    return;
  }
  response.flushHeaders();
  // The catch-all renders the not-found page whole at its own address, as an ordinary page.
  const notFoundPage = { "/__404": "pl", "/de/__404": "de" }[url.pathname];
  notFoundRenders += notFoundPage ? 1 : 0;
  const html = notFoundPage ? notFoundHtml(notFoundPage) : page(url.searchParams.get("injected") ?? "");
  response.write(html.slice(0, 40));
  response.write(Buffer.from(html.slice(40, 200)));
  response.end(new Uint8Array(Buffer.from(html.slice(200))));
}

const errorShell = `<!DOCTYPE html><html id="__next_error__"><head></head><body><script>${start}</script></body></html>`;
const notFoundHtml = (lang: string) =>
  `<!DOCTYPE html><html lang="${lang}"><body><h1>${lang === "de" ? "Seite nicht gefunden" : "Nie znaleziono strony"}</h1>` +
  `<script>${start}</script><script>${payload}</script></body></html>`;
let notFoundRenders = 0;
let seenEncoding: string | string[] | undefined;
let layerWrites = 0;
let server: http.Server;
let base: string;
let port: number;

beforeAll(async () => {
  // The fetcher asks this same server, whose port is known once it listens.
  const notFound: { document?: NotFoundDocument } = {};
  server = http.createServer((request, response) => {
    preparePageAnswer(request, response, 30, notFound.document);
    nextLike(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  notFound.document = createNotFoundFetcher(port, 30);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("preparePageAnswer", () => {
  it("sends a page whole, with the hashes of Next.js's inline scripts in its script-src", async () => {
    const response = await fetch(`${base}/kontakt`, { headers: { "accept-encoding": "gzip" } });
    const body = await response.text();
    expect(body).toBe(page());
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
    expect(response.headers.get("content-security-policy")).toBe(
      `default-src 'self'; script-src 'self' ${hashOf(start)} ${hashOf(payload)}; object-src 'none'`,
    );
    // Hashed as sent: Next.js is not asked to compress it.
    expect(seenEncoding).toBeUndefined();
  });

  it("gives a script injected into the page no hash, so the browser blocks it", async () => {
    const injected = "</p><script>alert(document.cookie)</script><p>";
    const response = await fetch(`${base}/kontakt?injected=${encodeURIComponent(injected)}`);
    expect(await response.text()).toContain("alert(document.cookie)");
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).not.toContain(hashOf("alert(document.cookie)"));
    expect(policy).toContain(`script-src 'self' ${hashOf(start)} ${hashOf(payload)};`);
    expect(policy).not.toContain("unsafe-inline");
  });

  it("sets the cache headers: public for a visitor, private for a session, Vary on Cookie", async () => {
    const visitor = await fetch(`${base}/organizacje/fundacja-zolw`);
    expect(visitor.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30");
    // An organisation's page is rendered for everyone without cookies (the page cache takes them off).
    expect(visitor.headers.get("vary")).toBe("rsc, next-router-state-tree");
    // The partner requests' list reads the session: its visitors' copy is not a signed-in reader's.
    const partnerships = await fetch(`${base}/partnerstwa`);
    expect(partnerships.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30");
    expect(partnerships.headers.get("vary")).toBe("rsc, next-router-state-tree, Cookie");
    // A request that reaches Next.js with its cookie was rendered for it: private, and varying on it.
    const member = await fetch(`${base}/kontakt`, { headers: { cookie: "authjs.session-token=x" } });
    expect(member.headers.get("cache-control")).toBe("private, no-store");
    expect(member.headers.get("vary")).toBe("rsc, next-router-state-tree, Cookie");
    expect(await member.text()).toBe(page());
  });

  it("keeps the status and headers Next.js gave writeHead", async () => {
    const response = await fetch(`${base}/writehead`);
    expect(response.status).toBe(404);
    expect(response.headers.get("x-kind")).toBe("not-found");
    expect(response.headers.get("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect(response.headers.get("content-security-policy")).toContain(hashOf(start));
  });

  it("leaves the API and Next.js's files untouched", async () => {
    for (const path of ["/api/data", "/_next/static/a.js"]) {
      const response = await fetch(`${base}${path}`, { headers: { "accept-encoding": "gzip" } });
      expect(await response.text()).toBe('{"a":1}');
      expect(response.headers.get("content-security-policy")).toBe("default-src 'none'");
      expect(response.headers.get("cache-control")).toBeNull();
      expect(seenEncoding).toBe("gzip");
    }
  });

  it("streams a large RSC payload through, back-pressure and all, keeping what was patched on top", async () => {
    const response = await fetch(`${base}/konto?_rsc=1`, { headers: { cookie: "authjs.session-token=x", rsc: "1" } });
    expect((await response.text()).length).toBe(64 * 64 * 1024);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    // Every write went through the layer patched after ours (Next.js's compression patches write and on("drain")).
    expect(layerWrites).toBe(64);
  });

  it("answers HEAD with the page's headers and no body", async () => {
    const response = await fetch(`${base}/kontakt`, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(await response.text()).toBe("");
  });

  it("sends the not-found page whole, in the address's language, in place of Next.js's empty error shell", async () => {
    for (const [path, lang, heading] of [
      ["/de/missing", "de", "Seite nicht gefunden"],
      ["/organizacje/missing", "pl", "Nie znaleziono strony"],
    ] as const) {
      const response = await fetch(`${base}${path}`);
      const body = await response.text();
      expect(response.status).toBe(404);
      expect(body).toBe(notFoundHtml(lang));
      expect(body).toContain(`<h1>${heading}</h1>`);
      expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
      // The policy allows the scripts of the page sent, not those of the shell.
      expect(response.headers.get("content-security-policy")).toContain(hashOf(payload));
    }
    // Each language's copy is rendered once and kept.
    const before = notFoundRenders;
    await (await fetch(`${base}/de/missing`)).text();
    expect(notFoundRenders).toBe(before);
  });

  it("renders a language's not-found page once for 404s that arrive together (security review)", async () => {
    const fresh = createNotFoundFetcher(port, 30);
    const before = notFoundRenders;
    const bodies = await Promise.all(Array.from({ length: 20 }, () => fresh("de")));
    expect(notFoundRenders - before).toBe(1);
    expect(new Set(bodies.map((body) => body?.toString())).size).toBe(1);
  });

  it("answers 404 at the not-found page's own address, so it is never a page of its own", async () => {
    const response = await fetch(`${base}/de/__404`);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect(await response.text()).toBe(notFoundHtml("de"));
  });
});
