// What the public list of partner requests shows: the search as read from the
// address (a wrong parameter dropped and reported), one page of cards, the
// count, the filter form's options and the reader's own links.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locales";
import { parsePartnerRequestSearch, type PartnerRequestSearch } from "@/lib/partnerships/list/filters";
import { mayPostPartnerRequests, mayReadSuggestionsForYou } from "@/lib/partnerships/list/may-post";
import { daysLeft, requestAuthor } from "@/lib/partnerships/list/open-data";
import { polishToday, searchPartnerRequests, type PublicRequestRow } from "@/lib/partnerships/list/queries";
import { listSpheresInForce } from "@/lib/reference-data/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { territoryFilterOptions } from "@/lib/reference-data/topic-options";

export const PARTNER_REQUESTS_PAGE_SIZE = 20;

/** A request as its card shows it. */
function card(row: PublicRequestRow, locale: Locale, today: string) {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    author: requestAuthor(row),
    roles: row.roles,
    spheres: row.spheres.map((s) => sphereName(s.sphere, locale)),
    // The register's name and kind: the card says "powiat", "Woiwodschaft" in the reader's language around it.
    territories: row.territories.map(({ territory }) => ({ name: territory.name, kind: territory.kind })),
    radiusKm: row.radiusKm,
    repliesCloseOn: row.repliesCloseOn,
    daysLeft: daysLeft(row.repliesCloseOn, today),
    neededCompetences: row.neededCompetences,
    neededResources: row.neededResources,
    interestCount: row.interestCount,
    maxPartners: row.maxPartners,
  };
}
export type PartnerRequestCard = ReturnType<typeof card>;

export type PartnerRequestListView = {
  search: PartnerRequestSearch;
  dropped: boolean;
  cards: PartnerRequestCard[];
  total: number;
  totalPages: number;
  spheres: { value: string; label: string }[];
  territories: { value: string; label: string; lang: string }[];
  mayPost: boolean;
  mayReadForYou: boolean;
};

export async function partnerRequestListView(
  raw: Record<string, string | string[] | undefined>,
  locale: Locale,
  actor: Actor | null,
  now = new Date(),
): Promise<PartnerRequestListView> {
  const { search, invalid } = parsePartnerRequestSearch(raw);
  const [{ rows, total }, spheres, territories] = await Promise.all([
    searchPartnerRequests(
      search.filters,
      search.sort,
      { offset: (search.page - 1) * PARTNER_REQUESTS_PAGE_SIZE, limit: PARTNER_REQUESTS_PAGE_SIZE },
      now,
    ),
    listSpheresInForce(),
    territoryFilterOptions(),
  ]);
  const today = polishToday(now);
  return {
    search,
    dropped: invalid.length > 0,
    cards: rows.map((row) => card(row, locale, today)),
    total,
    totalPages: Math.max(1, Math.ceil(total / PARTNER_REQUESTS_PAGE_SIZE)),
    spheres: spheres.map((s) => ({ value: s.id, label: `${s.code}. ${sphereName(s, locale)}` })),
    territories,
    mayPost: mayPostPartnerRequests(actor),
    mayReadForYou: mayReadSuggestionsForYou(actor),
  };
}
