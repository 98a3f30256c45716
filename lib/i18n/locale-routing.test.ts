/** @jest-environment node */
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { routeLocale, sameResponse } from "@/lib/i18n/locale-routing";
import { locales } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";

const nextIntl = createMiddleware(routing);

/** Every page of routing.ts in every language, its parameters filled in, with and without the language's prefix. */
function addresses(): string[] {
  const found = new Set<string>(["/", "/en", "/de", "/pl", "/en/", "/xx/organizacje", "/nie-ma-takiej-strony"]);
  for (const [internal, localised] of Object.entries(routing.pathnames)) {
    for (const locale of locales) {
      const template = typeof localised === "string" ? localised : localised[locale];
      const path = template
        .replace(/\[\[?\.\.\.[^\]]+\]\]?/g, "a/b")
        .replace(/\[([^\]]+)\]/g, (_, name: string) => `${name}-1`);
      for (const prefix of ["", "/pl", "/en", "/de"]) found.add(prefix + (path === "/" ? "" : path) || "/");
      found.add(internal.replace(/\[[^\]]+\]/g, "x"));
      found.add(`${path}/`);
    }
  }
  return [...found];
}

const QUERIES = ["", "?q=stowarzyszenie+sportowe&strona=2&x=%C5%82%C3%B3d%C5%BA"];

function request(url: string, headers: Record<string, string> = {}) {
  return new NextRequest(`http://localhost:3000${url}`, {
    headers: { accept: "text/html", "x-request-path": url, ...headers },
  });
}

describe("the language routing, remembered per address", () => {
  it("answers every page, in every language, with and without a query, exactly as next-intl does", () => {
    const urls = addresses();
    expect(urls.length).toBeGreaterThan(400);
    let compared = 0;
    // Twice: the first pass learns each address, the second replays what it learnt.
    for (const pass of [1, 2])
      for (const [index, url] of urls.entries())
        // Every address bare, every third one with a query too (next-intl's cost makes the whole set slow).
        for (const query of index % 3 === 0 ? QUERIES : QUERIES.slice(0, 1)) {
          const ours = routeLocale(request(url + query));
          const theirs = nextIntl(request(url + query));
          expect([pass, url + query, sameResponse(ours, theirs)]).toEqual([pass, url + query, true]);
          compared += 1;
        }
    expect(compared).toBe(2 * (urls.length + Math.ceil(urls.length / 3)));
  });

  it("rewrites, redirects and passes through with the request's own headers and query", () => {
    routeLocale(request("/organizacje/stowarzyszenie-a"));
    const rewritten = routeLocale(request("/organizacje/stowarzyszenie-a?q=1", { "accept-language": "de" }));
    expect(rewritten.headers.get("x-middleware-rewrite")).toBe(
      "http://localhost:3000/pl/organisations/stowarzyszenie-a?q=1",
    );
    expect(rewritten.headers.get("x-middleware-request-accept-language")).toBe("de");
    expect(rewritten.headers.get("x-middleware-request-x-next-intl-locale")).toBe("pl");

    routeLocale(request("/organisations/x"));
    const redirected = routeLocale(request("/organisations/x?strona=3"));
    expect([redirected.status, redirected.headers.get("location")]).toEqual([
      307,
      "http://localhost:3000/organizacje/x?strona=3",
    ]);

    const passed = routeLocale(request("/en/organisations/x?q=2"));
    expect(passed.headers.get("x-middleware-next")).toBe("1");
    expect(passed.headers.get("link")).toContain('hreflang="de"');
  });

  it("names the language versions at the platform's address, whatever host a request names", () => {
    const address = "/organizacje/naglowki-hosta";
    const poisoned = routeLocale(
      request(address, { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }),
    );
    const next = routeLocale(request(address, { host: "other.example" }));
    for (const response of [poisoned, next]) {
      expect(response.headers.get("link")).toContain("<http://localhost:3000/organizacje/naglowki-hosta>");
      expect(response.headers.get("link")).not.toContain("example");
    }
    expect(nextIntl(request(address, { "x-forwarded-host": "evil.example" })).headers.get("link")).toContain(
      "evil.example",
    );
  });

  it("does not remember an address longer than any page's", () => {
    const long = `/organizacje/${"a".repeat(300)}`;
    expect(sameResponse(routeLocale(request(long)), nextIntl(request(long)))).toBe(true);
    const poisoned = routeLocale(request(long, { "x-forwarded-host": "evil.example" }));
    expect(poisoned.headers.get("link")).toContain("evil.example");
    expect(routeLocale(request(long)).headers.get("link")).not.toContain("evil.example");
  });

  it("leaves an address it cannot decode to next-intl", () => {
    const broken = "/organizacje/%E0%A4%A";
    expect(sameResponse(routeLocale(request(broken)), nextIntl(request(broken)))).toBe(true);
    expect(sameResponse(routeLocale(request(broken)), nextIntl(request(broken)))).toBe(true);
  });
});
