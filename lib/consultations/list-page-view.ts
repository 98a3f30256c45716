// What the public list of consultations shows, read and shaped in one place so
// the page only lays it out: the search as read from the address (a wrong
// parameter dropped and reported), one page of consultations, the filter
// form's options with their labels, the chosen filters as chips, the page
// links and the "did you mean" correction. The page is shared by every reader
// (lib/http/page-cache.ts), so nothing here knows who reads it.
import "server-only";
import { getTranslations } from "next-intl/server";
import {
  parseConsultationSearch,
  searchQuery,
  toListFilters,
  type ConsultationSearchParams,
} from "@/lib/consultations/public-filters";
import { listOrganisers, listPublicConsultations, PUBLIC_PAGE_SIZE } from "@/lib/consultations/queries";
import { consultationKinds } from "@/lib/consultations/schemas";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { sphereFilterOptions, territoryFilterOptions } from "@/lib/reference-data/topic-options";
import { activeFilters, filterChips, optionLabel } from "@/lib/search/filter-chips";

export async function consultationListView(raw: Record<string, string | string[] | undefined>, locale: Locale) {
  const { params: search, dropped } = parseConsultationSearch(raw);
  const [t, { items, total, correction }, organisers, sphereOptions, territories] = await Promise.all([
    getTranslations({ locale }),
    listPublicConsultations(toListFilters(search)),
    listOrganisers(),
    sphereFilterOptions(locale),
    territoryFilterOptions(),
  ]);
  const action = getPathname({ href: "/consultations", locale });
  const phases = (["open", "upcoming", "closed"] as const).map((phase) => ({
    value: phase,
    label: t(`consultations.publicPhases.${phase}`),
  }));
  const kinds = consultationKinds.map((kind) => ({ value: kind, label: t(`consultations.kinds.${kind}`) }));
  const organiserOptions = organisers.map((o) => ({ value: o.id, label: o.name, lang: "pl" }));
  const active = activeFilters(search, [
    { key: "q", field: t("search.words"), label: (q) => q },
    { key: "phase", field: t("consultations.phase"), label: (phase) => optionLabel(phases, phase) },
    { key: "kind", field: t("consultations.kind"), label: (kind) => optionLabel(kinds, kind) },
    { key: "organiser", field: t("consultations.organiser"), label: (id) => optionLabel(organiserOptions, id) },
    { key: "territory", field: t("consultations.territory"), label: (code) => optionLabel(territories, code) },
    { key: "sphere", field: t("consultations.sphere"), label: (id) => optionLabel(sphereOptions, id) },
  ]);
  return {
    action,
    search,
    dropped,
    items,
    total,
    totalPages: Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE)),
    page: search.page ?? 1,
    pageHref: (page: number) => `${action}${searchQuery(search, page)}`,
    options: { phases, kinds, organiserOptions, territories, sphereOptions },
    chips: filterChips(action, search, active, (rest: ConsultationSearchParams) => searchQuery(rest)),
    /** "Did you mean": set when the words found nothing and their corrected form did (the items are its). */
    didYouMean:
      correction && search.q
        ? { original: search.q, correction, href: `${action}${searchQuery({ ...search, q: correction.query })}` }
        : undefined,
  };
}
