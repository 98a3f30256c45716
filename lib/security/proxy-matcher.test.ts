import { readdirSync } from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { config } from "@/proxy";

const runsFor = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("the proxy (language routing and the page's Content-Security-Policy)", () => {
  it("runs for every page, a path with a dot in it too", () => {
    for (const url of [
      "/",
      "/organizacje",
      "/en/organisations/stowarzyszenie-a",
      "/organizacje/st.-jadwigi",
      "/konsultacje/program.2027",
      "/x.html",
      "/en/.hidden",
      "/apiary",
    ]) {
      expect([url, runsFor(url)]).toEqual([url, true]);
    }
  });

  it("leaves the API, Next.js's own files and the files of public/ alone", () => {
    const publicFiles = readdirSync(path.join(process.cwd(), "public")).map((name) => `/${name}`);
    expect(publicFiles).toEqual(expect.arrayContaining(["/favicon.ico", "/icon.svg"]));
    for (const url of [
      "/api/health",
      "/api",
      "/_next/static/chunks/a.js",
      "/robots.txt",
      "/sitemap.xml",
      "/sitemaps/organisations-0.xml",
      "/manifest.webmanifest",
      ...publicFiles,
    ]) {
      expect([url, runsFor(url)]).toEqual([url, false]);
    }
  });
});
