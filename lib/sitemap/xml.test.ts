import { MAX_URLS_PER_FILE, sitemapIndex, urlSet } from "@/lib/sitemap/xml";

describe("sitemap XML", () => {
  it("lists each language version with all alternates and escapes addresses", () => {
    const xml = urlSet([
      {
        versions: [
          { locale: "pl", url: "https://ngo.example.org/szukaj?q=a&b='c'" },
          { locale: "en", url: "https://ngo.example.org/en/search?q=<x>" },
        ],
        lastModified: new Date("2026-12-01T10:00:00Z"),
      },
    ]);
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain(
      "<loc>https://ngo.example.org/szukaj?q=a&amp;b=&apos;c&apos;</loc><lastmod>2026-12-01T10:00:00.000Z</lastmod>",
    );
    expect(xml).toContain('hreflang="en" href="https://ngo.example.org/en/search?q=&lt;x&gt;"');
    expect(xml.match(/hreflang="x-default" href="https:\/\/ngo\.example\.org\/szukaj/g)).toHaveLength(2);
    expect(xml).not.toMatch(/[<>]x[<>]/);
  });

  it("refuses more addresses than the protocol allows in one file", () => {
    const page = { versions: [{ locale: "pl", url: "https://a.example/" }] };
    expect(() => urlSet(Array.from({ length: MAX_URLS_PER_FILE + 1 }, () => page))).toThrow(/at most 50000/);
    expect(sitemapIndex([{ url: "https://a.example/sitemaps/pages.xml" }])).toContain(
      "<sitemap><loc>https://a.example/sitemaps/pages.xml</loc></sitemap>",
    );
  });
});
