// What the sitemap lists: the public pages any visitor can open, in every
// language. Each section says which rows are public by the same rule as the
// page that shows them (a draft, a held thread or a closed category never
// appears), and is cut into files small enough for the protocol's limit.
import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { locales } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppPathname } from "@/lib/i18n/routing";
import { publicDocumentWhere } from "@/lib/library/queries";
import { listedRequestWhere } from "@/lib/partnerships/list/queries";
import type { SitemapPage } from "@/lib/sitemap/xml";

/** Pages per file: each is listed once per language, well under 50,000 addresses. */
export const PAGES_PER_FILE = 10_000;

type Row = { key: string; lastModified: Date };
interface DynamicSection {
  pathname: AppPathname;
  param: "slug" | "id";
  count(now: Date): Promise<number>;
  rows(now: Date, skip: number, take: number): Promise<Row[]>;
}

/** The lists and fixed pages a visitor reaches from the menu and the footer. */
const FIXED_PAGES: AppPathname[] = [
  "/",
  "/organisations",
  "/institutions",
  "/consultations",
  "/competitions",
  "/elections",
  "/forum",
  "/news",
  "/ideas",
  "/partnerships",
  "/partnerships/map",
  "/library",
  "/spheres",
  "/contact",
  "/accessibility",
  "/privacy",
  "/terms",
];

const bySlug = (row: { slug: string; updatedAt: Date }): Row => ({ key: row.slug, lastModified: row.updatedAt });
const page = { slug: true, updatedAt: true } as const;
const stable = { id: "asc" } as const;

export const SECTIONS = {
  organisations: {
    pathname: "/organisations/[slug]",
    param: "slug",
    count: () => db().organisation.count(),
    rows: async (_now, skip, take) =>
      (await db().organisation.findMany({ select: page, orderBy: stable, skip, take })).map(bySlug),
  },
  institutions: {
    pathname: "/institutions/[slug]",
    param: "slug",
    count: () => db().institution.count(),
    rows: async (_now, skip, take) =>
      (await db().institution.findMany({ select: page, orderBy: stable, skip, take })).map(bySlug),
  },
  consultations: {
    pathname: "/consultations/[slug]",
    param: "slug",
    count: () => db().consultation.count({ where: { status: { not: "DRAFT" }, publishedAt: { not: null } } }),
    rows: async (_now, skip, take) =>
      (
        await db().consultation.findMany({
          where: { status: { not: "DRAFT" }, publishedAt: { not: null } },
          select: page,
          orderBy: stable,
          skip,
          take,
        })
      ).map(bySlug),
  },
  // Announced competitions of every phase; a draft has no public page.
  competitions: {
    pathname: "/competitions/[slug]",
    param: "slug",
    count: () => db().competition.count({ where: { status: { not: "DRAFT" } } }),
    rows: async (_now, skip, take) =>
      (
        await db().competition.findMany({
          where: { status: { not: "DRAFT" } },
          select: page,
          orderBy: stable,
          skip,
          take,
        })
      ).map(bySlug),
  },
  elections: {
    pathname: "/elections/[slug]",
    param: "slug",
    count: () => db().election.count({ where: { status: { not: "DRAFT" } } }),
    rows: async (_now, skip, take) =>
      (
        await db().election.findMany({ where: { status: { not: "DRAFT" } }, select: page, orderBy: stable, skip, take })
      ).map(bySlug),
  },
  news: {
    pathname: "/news/[slug]",
    param: "slug",
    count: (now) => db().newsArticle.count({ where: { status: "PUBLISHED", publishedAt: { lte: now } } }),
    rows: async (now, skip, take) =>
      (
        await db().newsArticle.findMany({
          where: { status: "PUBLISHED", publishedAt: { lte: now } },
          select: page,
          orderBy: stable,
          skip,
          take,
        })
      ).map(bySlug),
  },
  // Public entries of the ideas board; a merged one redirects to the entry it went into, so it is left out.
  ideas: {
    pathname: "/ideas/[slug]",
    param: "slug",
    count: () => db().idea.count({ where: { visibility: "PUBLISHED", status: { not: "MERGED" } } }),
    rows: async (_now, skip, take) =>
      (
        await db().idea.findMany({
          where: { visibility: "PUBLISHED", status: { not: "MERGED" } },
          select: page,
          orderBy: stable,
          skip,
          take,
        })
      ).map(bySlug),
  },
  // Open partner requests only: a closed, expired or hidden one leaves the lists and the sitemap.
  "partner-requests": {
    pathname: "/partnerships/[slug]",
    param: "slug",
    count: (now) => db().partnerRequest.count({ where: listedRequestWhere(now) }),
    rows: async (now, skip, take) =>
      (
        await db().partnerRequest.findMany({
          where: listedRequestWhere(now),
          select: page,
          orderBy: stable,
          skip,
          take,
        })
      ).map(bySlug),
  },
  library: {
    pathname: "/library/[slug]",
    param: "slug",
    count: () => db().libraryDocument.count({ where: publicDocumentWhere }),
    rows: async (_now, skip, take) =>
      (
        await db().libraryDocument.findMany({ where: publicDocumentWhere, select: page, orderBy: stable, skip, take })
      ).map(bySlug),
  },
  "forum-categories": {
    pathname: "/forum/categories/[slug]",
    param: "slug",
    count: () => db().forumCategory.count({ where: { openToPublic: true } }),
    rows: async (_now, skip, take) =>
      (
        await db().forumCategory.findMany({ where: { openToPublic: true }, select: page, orderBy: stable, skip, take })
      ).map(bySlug),
  },
  "forum-threads": {
    pathname: "/forum/threads/[id]",
    param: "id",
    // Threads held for review are shown only to their authors and moderators.
    count: () => db().forumThread.count({ where: { heldAt: null, category: { openToPublic: true } } }),
    rows: async (_now, skip, take) =>
      (
        await db().forumThread.findMany({
          where: { heldAt: null, category: { openToPublic: true } },
          select: { id: true, lastPostAt: true },
          orderBy: stable,
          skip,
          take,
        })
      ).map((row) => ({ key: row.id, lastModified: row.lastPostAt })),
  },
} satisfies Record<string, DynamicSection>;

export type SectionName = keyof typeof SECTIONS;
export const isSectionName = (name: string): name is SectionName => Object.hasOwn(SECTIONS, name);

function versions(pathname: AppPathname, params?: Record<string, string>) {
  return locales.map((locale) => {
    // The typed navigation checks each literal pathname; here the pathname is data.
    const href = (params ? { pathname, params } : pathname) as Parameters<typeof getPathname>[0]["href"];
    return { locale, url: new URL(getPathname({ href, locale }), env().APP_URL).toString() };
  });
}

export function fixedPages(): SitemapPage[] {
  return FIXED_PAGES.map((pathname) => ({ versions: versions(pathname) }));
}

/** The sitemap files of a section: `<name>-<n>.xml`, at least one even when it is empty. */
export async function sectionFileCount(name: SectionName, now: Date, pagesPerFile = PAGES_PER_FILE): Promise<number> {
  return Math.max(1, Math.ceil((await SECTIONS[name].count(now)) / pagesPerFile));
}

/** The pages of one file of a section, or null past its last file. */
export async function sectionPages(
  name: SectionName,
  fileIndex: number,
  now: Date,
  pagesPerFile = PAGES_PER_FILE,
): Promise<SitemapPage[] | null> {
  if (fileIndex > 0 && fileIndex >= (await sectionFileCount(name, now, pagesPerFile))) return null;
  const section: DynamicSection = SECTIONS[name];
  const rows = await section.rows(now, fileIndex * pagesPerFile, pagesPerFile);
  return rows.map((row) => ({
    versions: versions(section.pathname, { [section.param]: row.key }),
    lastModified: row.lastModified,
  }));
}
