// What the public library shows, read and shaped in one place so the page only
// lays it out: the search as read from the address (a wrong parameter dropped
// and reported), one page of documents, the filter form's options with their
// labels, the chosen filters as chips, the page links and the "did you mean"
// correction. The page is shared by every reader (lib/http/page-cache.ts), so
// nothing here knows who reads it.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { platformName } from "@/lib/i18n/metadata";
import { getPathname } from "@/lib/i18n/navigation";
import {
  libraryQuery,
  parseLibrarySearch,
  toLibraryFilters,
  type LibrarySearchParams,
} from "@/lib/library/public-filters";
import { LIBRARY_PAGE_SIZE, listLibraryInstitutions, listPublicDocuments } from "@/lib/library/queries";
import { libraryKinds, libraryStatuses } from "@/lib/library/schemas";
import { authorTopicChipFields } from "@/lib/search/author-topic-filters";
import { authorTopicOptions } from "@/lib/search/author-topic-options";
import { activeFilters, filterChips, optionLabel } from "@/lib/search/filter-chips";

export async function libraryListView(raw: Record<string, string | string[] | undefined>, locale: Locale) {
  const { params: search, dropped } = parseLibrarySearch(raw);
  const [t, { items, total, correction }, institutions, authorTopic, platform] = await Promise.all([
    getTranslations({ locale }),
    listPublicDocuments(toLibraryFilters(search)),
    listLibraryInstitutions(),
    authorTopicOptions(search.organisation, locale),
    platformName(locale),
  ]);
  const action = getPathname({ href: "/library", locale });
  const kinds = libraryKinds.map((kind) => ({ value: kind, label: t(`library.kinds.${kind}`) }));
  const statuses = libraryStatuses.map((status) => ({ value: status, label: t(`library.statuses.${status}`) }));
  const institutionOptions = institutions.map((i) => ({ value: i.id, label: i.name, lang: "pl" }));
  // The library's author and topic fields are worded as the news list's.
  const active = activeFilters(search, [
    { key: "q", field: t("search.words"), label: (q) => q },
    { key: "kind", field: t("library.kind"), label: (kind) => optionLabel(kinds, kind) },
    { key: "status", field: t("library.status"), label: (status) => optionLabel(statuses, status) },
    { key: "institution", field: t("news.institution"), label: (id) => optionLabel(institutionOptions, id) },
    ...authorTopicChipFields(
      { organisation: t("news.organisation"), territory: t("news.territory"), sphere: t("news.sphere") },
      authorTopic,
    ),
  ]);
  return {
    action,
    search,
    dropped,
    items,
    total,
    totalPages: Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE)),
    page: search.page ?? 1,
    pageHref: (page: number) => `${action}${libraryQuery(search, page)}`,
    options: { kinds, statuses, institutionOptions, ...authorTopic },
    chips: filterChips(action, search, active, (rest: LibrarySearchParams) => libraryQuery(rest)),
    /** "Did you mean": set when the words found nothing and their corrected form did (the items are its). */
    didYouMean:
      correction && search.q
        ? { original: search.q, correction, href: `${action}${libraryQuery({ ...search, q: correction.query })}` }
        : undefined,
    platform,
  };
}
