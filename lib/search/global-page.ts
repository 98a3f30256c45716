// What the results page of the one search (/szukaj) shows: the query from
// the address, checked as every list checks it, the groups of results, and
// for each group the address of the module's own search with the same query.
// Nothing here depends on the reader, so the page is one copy for everyone.
import "server-only";
import { z } from "zod";
import { getPathname, type Href } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { expandedAbbreviations, type ExpandedAbbreviation } from "@/lib/search/abbreviations";
import { searchEverywhere, type GlobalGroup, type SearchKind } from "@/lib/search/global";
import type { QueryCorrection } from "@/lib/search/forgiving";

const queryParam = z.string().trim().min(1).max(200);

/** What getPathname takes (Link's href allows a wider URL object). */
type PathHref = Parameters<typeof getPathname>[0]["href"];

/** The query of `?q=`, or undefined for none, an empty one or one with no letter or digit to search for. */
export function parseGlobalQuery(raw: Record<string, string | string[] | undefined>): string | undefined {
  const value = Array.isArray(raw.q) ? raw.q[0] : raw.q;
  const parsed = queryParam.safeParse(value);
  return parsed.success && /[\p{L}\p{N}]/u.test(parsed.data) ? parsed.data : undefined;
}

/** Each module's own list, searched for `q`; the offices' list has no search of its own and is shown whole. */
export function moduleSearchHref(kind: SearchKind, q: string): PathHref {
  const query = { q };
  switch (kind) {
    case "organisations":
      return { pathname: "/organisations", query };
    case "institutions":
      return "/institutions";
    case "consultations":
      return { pathname: "/consultations", query };
    case "news":
      return { pathname: "/news", query };
    case "library":
      return { pathname: "/library", query };
    case "forum":
      return { pathname: "/forum/search", query };
    case "ideas":
      return { pathname: "/ideas", query };
    case "partnerships":
      return { pathname: "/partnerships", query };
    case "competitions":
      return { pathname: "/competitions", query };
  }
}

/** An item's own page. */
export function hitHref(kind: SearchKind, slug: string): Href {
  const params = { slug };
  switch (kind) {
    case "organisations":
      return { pathname: "/organisations/[slug]", params };
    case "institutions":
      return { pathname: "/institutions/[slug]", params };
    case "consultations":
      return { pathname: "/consultations/[slug]", params };
    case "news":
      return { pathname: "/news/[slug]", params };
    case "library":
      return { pathname: "/library/[slug]", params };
    case "forum":
      return { pathname: "/forum/threads/[id]", params: { id: slug } };
    case "ideas":
      return { pathname: "/ideas/[slug]", params };
    case "partnerships":
      return { pathname: "/partnerships/[slug]", params };
    case "competitions":
      return { pathname: "/competitions/[slug]", params };
  }
}

export interface GlobalSearchView {
  /** The query as typed, for the search box. */
  q: string | undefined;
  /** The query the results are for (the corrected one when corrected). */
  searched?: string;
  correction?: QueryCorrection;
  /** The address of a search for the corrected query itself. */
  correctedHref?: string;
  groups: (GlobalGroup & { moduleHref: string })[];
  total: number;
  /** What the searched query's abbreviations stand for ("KGW" = "Koło Gospodyń Wiejskich"). */
  abbreviations: ExpandedAbbreviation[];
}

export async function globalSearchView(
  raw: Record<string, string | string[] | undefined>,
  locale: Locale,
): Promise<GlobalSearchView> {
  const q = parseGlobalQuery(raw);
  if (!q) return { q: undefined, groups: [], total: 0, abbreviations: [] };
  const result = await searchEverywhere(q);
  // Read after the search: a corrected query may have other words.
  const abbreviations = await expandedAbbreviations(result.query);
  return {
    q,
    searched: result.query,
    correction: result.correction,
    correctedHref: result.correction
      ? getPathname({ href: { pathname: "/search", query: { q: result.correction.query } }, locale })
      : undefined,
    groups: result.groups.map((group) => ({
      ...group,
      moduleHref: getPathname({ href: moduleSearchHref(group.kind, result.query), locale }),
    })),
    total: result.groups.reduce((sum, group) => sum + group.count, 0),
    abbreviations,
  };
}
