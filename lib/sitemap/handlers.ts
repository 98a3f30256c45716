// GET /sitemap.xml (an index of the sitemap files), /sitemaps/<file>.xml and
// /robots.txt. They are built from the instance's own address (APP_URL), which
// is configuration of each deployment, so they are answered here rather than
// kept as files in public/. Crawlers ask often: the output is kept for a few
// minutes, and dropped at once when public data changes (a takedown).
import "server-only";
import { TtlCache } from "@/lib/cache/ttl-cache";
import { env } from "@/lib/env";
import { locales } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppPathname } from "@/lib/i18n/routing";
import {
  SECTIONS,
  fixedPages,
  isSectionName,
  sectionFileCount,
  sectionPages,
  type SectionName,
} from "@/lib/sitemap/sections";
import { sitemapIndex, urlSet } from "@/lib/sitemap/xml";

const cache = new TtlCache<string>({ ttlMs: 10 * 60_000, maxEntries: 64, maxSize: 64 * 1024 * 1024 });

function xml(body: string): Response {
  return new Response(body, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=600" },
  });
}

async function cached(key: string, build: () => Promise<string | null>): Promise<string | null> {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = await build();
  if (value !== null) cache.set(key, value, value.length);
  return value;
}

const absolute = (path: string) => new URL(path, env().APP_URL).toString();

export async function sitemapIndexResponse(now = new Date()): Promise<Response> {
  const body = await cached("index", async () => {
    const files = [absolute("/sitemaps/pages.xml")];
    for (const name of Object.keys(SECTIONS) as SectionName[]) {
      const count = await sectionFileCount(name, now);
      for (let index = 0; index < count; index++) files.push(absolute(`/sitemaps/${name}-${index}.xml`));
    }
    return sitemapIndex(files.map((url) => ({ url })));
  });
  return xml(body!);
}

const FILE_NAME = /^([a-z-]+?)-(\d{1,6})\.xml$/;

/** One sitemap file by its name, or 404 for a name the index never gave. */
export async function sitemapFileResponse(file: string, now = new Date()): Promise<Response> {
  const body = await cached(`file:${file}`, async () => {
    if (file === "pages.xml") return urlSet(fixedPages());
    const match = FILE_NAME.exec(file);
    if (!match || !isSectionName(match[1]!)) return null;
    const pages = await sectionPages(match[1], Number(match[2]), now);
    return pages ? urlSet(pages) : null;
  });
  return body === null
    ? new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } })
    : xml(body);
}

/** Pages for signed-in people, forms and the API: nothing a search engine should list. */
const NOT_FOR_CRAWLERS: AppPathname[] = [
  "/account",
  "/notifications",
  "/my-matters",
  "/admin/people",
  "/admin/audit",
  "/moderation/news",
  "/moderation/library",
  "/moderation/ideas",
  "/moderation/partnerships",
  "/admin/ideas",
  "/ideas/new",
  "/moderation/forum",
  "/sign-in",
  "/sign-up",
  "/verify-email",
  "/forgot-password",
  "/reset-password",
  "/confirm-email",
  "/unsubscribe",
  "/invitation",
  "/forum/search",
  // Result pages of the one search: any query makes a page.
  "/search",
];

export function robotsTxtResponse(): Response {
  const disallowed = new Set<string>(["/api/", "/dev/"]);
  for (const pathname of NOT_FOR_CRAWLERS) {
    for (const locale of locales) {
      // The admin and moderation areas are whole folders: keep only their first segment.
      const path = getPathname({ href: pathname as "/account", locale });
      const folder = /^(\/(?:en|de))?\/(administracja|admin|verwaltung|moderacja|moderation)\//.exec(path);
      disallowed.add(folder ? folder[0] : path);
    }
  }
  const lines = [
    "User-agent: *",
    "Allow: /",
    ...[...disallowed].sort().map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${absolute("/sitemap.xml")}`,
    "",
  ];
  return new Response(lines.join("\n"), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
