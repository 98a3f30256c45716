// The XML of the sitemaps protocol (sitemaps.org 0.9), with each page's
// versions in the other languages as hreflang alternates (the form search
// engines read for multilingual sites). Pure, so escaping is tested directly.

export interface SitemapPage {
  /** The page's absolute address in each language, Polish first. */
  versions: { locale: string; url: string }[];
  lastModified?: Date;
}

/** Protocol limit: 50,000 addresses per file. Each page appears once per language. */
export const MAX_URLS_PER_FILE = 50_000;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const lastmod = (date: Date | undefined) => (date ? `<lastmod>${date.toISOString()}</lastmod>` : "");

/** A urlset: one <url> per page and language, each naming all versions (and Polish as x-default). */
export function urlSet(pages: SitemapPage[]): string {
  const urls: string[] = [];
  for (const page of pages) {
    const alternates = page.versions.map(
      (version) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(version.locale)}" href="${escapeXml(version.url)}"/>`,
    );
    alternates.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(page.versions[0]!.url)}"/>`);
    for (const version of page.versions) {
      urls.push(`<url><loc>${escapeXml(version.url)}</loc>${lastmod(page.lastModified)}${alternates.join("")}</url>`);
    }
  }
  if (urls.length > MAX_URLS_PER_FILE)
    throw new Error(`a sitemap may hold at most ${MAX_URLS_PER_FILE} addresses, not ${urls.length}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

/** A sitemap index naming the sitemap files. */
export function sitemapIndex(files: { url: string; lastModified?: Date }[]): string {
  const entries = files.map(
    (file) => `<sitemap><loc>${escapeXml(file.url)}</loc>${lastmod(file.lastModified)}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}
