// What the public list of partner requests shows: the search as read from the
// address (a wrong parameter dropped and reported), one page of cards, the
// count, the filter form's options, the chosen filters as chips, the page
// links, the "did you mean" correction and the reader's own links.
import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import type { LegalForm, PartnerRole } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import {
  parsePartnerRequestSearch,
  partnerRequestSearchQuery,
  type PartnerRequestSearch,
} from "@/lib/partnerships/list/filters";
import { mayPostPartnerRequests, mayReadSuggestionsForYou } from "@/lib/partnerships/list/may-post";
import { daysLeft, requestAuthor } from "@/lib/partnerships/list/open-data";
import {
  matchingRequestIds,
  polishToday,
  searchPartnerRequests,
  type PublicRequestRow,
} from "@/lib/partnerships/list/queries";
import { correctQuery, type QueryCorrection } from "@/lib/search/forgiving";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { sphereFilterOptions, territoryFilterOptions } from "@/lib/reference-data/topic-options";
import { activeFilters, filterChips, optionLabel, type FilterChips } from "@/lib/search/filter-chips";

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
  /** The list's address in the reader's language, the form's action. */
  action: string;
  search: PartnerRequestSearch;
  dropped: boolean;
  cards: PartnerRequestCard[];
  total: number;
  totalPages: number;
  pageHref: (page: number) => string;
  spheres: { value: string; label: string }[];
  territories: { value: string; label: string; lang: string }[];
  /** The chosen filters as removable chips (each link keeps the others and the order, from the first page). */
  chips: FilterChips;
  mayPost: boolean;
  mayReadForYou: boolean;
  /** When the words found nothing and their corrected form did: the cards are the corrected query's. */
  didYouMean?: { original: string; correction: QueryCorrection; href: string };
};

type Found = { rows: PublicRequestRow[]; total: number };

/**
 * What the search finds, or, when its words find nothing, what their
 * corrected form finds with the same filters (lib/search/forgiving.ts): a
 * word is kept when it finds any listed request.
 */
async function foundOrCorrected(
  search: PartnerRequestSearch,
  now: Date,
): Promise<Found & { correction?: QueryCorrection }> {
  const page = { offset: (search.page - 1) * PARTNER_REQUESTS_PAGE_SIZE, limit: PARTNER_REQUESTS_PAGE_SIZE };
  const found = await searchPartnerRequests(search.filters, search.sort, page, now);
  const q = search.filters.q;
  if (found.total > 0 || !q) return found;
  const correction = await correctQuery(q, async (word) => {
    const ids = await matchingRequestIds({ q: word }, "closing", { offset: 0, limit: 1 }, now);
    return ids.length > 0;
  });
  if (!correction) return found;
  const corrected = await searchPartnerRequests({ ...search.filters, q: correction.query }, search.sort, page, now);
  return corrected.total > 0 ? { ...corrected, correction } : found;
}

export async function partnerRequestListView(
  raw: Record<string, string | string[] | undefined>,
  locale: Locale,
  actor: Actor | null,
  now = new Date(),
): Promise<PartnerRequestListView> {
  const { search, invalid } = parsePartnerRequestSearch(raw);
  const [{ rows, total, correction }, sphereOptions, territories, t, format] = await Promise.all([
    foundOrCorrected(search, now),
    sphereFilterOptions(locale),
    territoryFilterOptions(),
    getTranslations({ locale }),
    getFormatter({ locale }),
  ]);
  const today = polishToday(now);
  const action = getPathname({ href: "/partnerships", locale });
  const partnerKind = (kind: string) =>
    kind === "localGovernment" || kind === "withoutPublicBenefit"
      ? t(`partnerRequestList.partnerKinds.${kind}`)
      : t("partnerRequestList.partnerKindForm", { form: t(`legalForms.${kind as LegalForm}`) });
  const active = activeFilters(search.filters, [
    { key: "q", field: t("search.words"), label: (q) => q },
    {
      key: "role",
      field: t("partnerRequestList.role"),
      label: (role) => t(`partnerRequestList.roles.${role as PartnerRole}`),
    },
    { key: "sphere", field: t("partnerRequestList.sphere"), label: (id) => optionLabel(sphereOptions, id) },
    { key: "territory", field: t("partnerRequestList.territory"), label: (code) => optionLabel(territories, code) },
    { key: "partner", field: t("partnerRequestList.partner"), label: partnerKind },
    {
      key: "closing",
      field: t("partnerRequestList.closing"),
      label: (days) => t(`partnerRequestList.closingWindows.${days as "7" | "30"}`),
    },
    {
      key: "closesBy",
      field: t("partnerRequestList.closesBy"),
      // A calendar day: formatted in UTC, as it was read, so no time zone moves it.
      label: (day) => format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
    },
  ]);
  const q = search.filters.q;
  return {
    action,
    search,
    dropped: invalid.length > 0,
    cards: rows.map((row) => card(row, locale, today)),
    total,
    totalPages: Math.max(1, Math.ceil(total / PARTNER_REQUESTS_PAGE_SIZE)),
    pageHref: (page) => `${action}${partnerRequestSearchQuery(search, page)}`,
    spheres: sphereOptions,
    territories,
    chips: filterChips(action, search.filters, active, (filters) =>
      partnerRequestSearchQuery({ ...search, filters, page: 1 }),
    ),
    mayPost: mayPostPartnerRequests(actor),
    mayReadForYou: mayReadSuggestionsForYou(actor),
    didYouMean:
      correction && q
        ? {
            original: q,
            correction,
            href: `${action}${partnerRequestSearchQuery({ ...search, filters: { ...search.filters, q: correction.query } }, 1)}`,
          }
        : undefined,
  };
}
