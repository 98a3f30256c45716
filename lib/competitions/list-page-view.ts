// What the public list of open competitions shows, read and shaped in one
// place so the page only lays it out: the search as read from the address (a
// wrong parameter dropped and reported), the tabs, one page of competitions,
// the filter form's options, the chosen filters as chips, the page links and
// the "did you mean" correction. The page is shared by every reader
// (lib/http/page-cache.ts), so nothing here knows who reads it.
import "server-only";
import { getTranslations } from "next-intl/server";
import { listCompetitionOffices, listPublicCompetitions, PUBLIC_PAGE_SIZE } from "@/lib/competitions/list";
import {
  amountGrosze,
  parseCompetitionSearch,
  PUBLIC_PHASES,
  searchQuery,
  toListFilters,
  type CompetitionSearchParams,
} from "@/lib/competitions/public-filters";
import { TaskForm } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { formatPln } from "@/lib/offers/calc/money";
import { sphereFilterOptions, territoryFilterOptions } from "@/lib/reference-data/topic-options";
import { activeFilters, filterChips, optionLabel } from "@/lib/search/filter-chips";

export async function competitionListView(raw: Record<string, string | string[] | undefined>, locale: Locale) {
  const { params: search, dropped } = parseCompetitionSearch(raw, locale);
  const filters = toListFilters(search, locale);
  // An amount that is not money is named back to the reader, and stays in the field to be corrected.
  const typedAmount = typeof raw.amount === "string" ? raw.amount.trim().slice(0, 40) : "";
  const amountRefused = search.amount === undefined && typedAmount !== "" ? typedAmount : undefined;
  const [t, { items, total, correction }, offices, sphereOptions, territories] = await Promise.all([
    getTranslations({ locale, namespace: "competitions" }),
    listPublicCompetitions(filters),
    listCompetitionOffices(),
    sphereFilterOptions(locale),
    territoryFilterOptions(),
  ]);
  const action = getPathname({ href: "/competitions", locale });
  const forms = Object.values(TaskForm).map((form) => ({ value: form, label: t(`forms.${form}`) }));
  const officeOptions = offices.map((o) => ({ value: o.id, label: o.name, lang: "pl" }));
  const active = activeFilters(search, [
    { key: "q", field: t("query"), label: (q) => q },
    { key: "office", field: t("office"), label: (id) => optionLabel(officeOptions, id) },
    { key: "territory", field: t("territory"), label: (code) => optionLabel(territories, code) },
    { key: "sphere", field: t("sphere"), label: (id) => optionLabel(sphereOptions, id) },
    { key: "form", field: t("form"), label: (form) => optionLabel(forms, form) },
    { key: "amount", field: t("amountChip"), label: (text) => formatPln(amountGrosze(text, locale) ?? 0, locale) },
  ]);
  // A tab keeps the filters and starts at the first page; the chosen one is marked for assistive technology.
  const tabs = PUBLIC_PHASES.map((phase) => ({
    phase,
    label: t(`tabs.${phase}`),
    href: `${action}${searchQuery({ ...search, phase: phase === "open" ? undefined : phase, page: undefined })}`,
    current: phase === filters.phase,
  }));
  return {
    action,
    search,
    phase: filters.phase,
    dropped,
    amountRefused,
    tabs,
    items,
    total,
    totalPages: Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE)),
    page: filters.page,
    pageHref: (page: number) => `${action}${searchQuery(search, page)}`,
    options: { officeOptions, territories, sphereOptions, forms },
    chips: filterChips(action, search, active, (rest: CompetitionSearchParams) => searchQuery(rest)),
    /** Feeds: the calendar of one office's deadlines when the list is filtered by it. */
    calendarHref: `/api/competitions/calendar?locale=${locale}${search.office ? `&institution=${search.office}` : ""}`,
    rssHref: `/api/competitions/rss?locale=${locale}`,
    didYouMean:
      correction && search.q
        ? { original: search.q, correction, href: `${action}${searchQuery({ ...search, q: correction.query })}` }
        : undefined,
  };
}
