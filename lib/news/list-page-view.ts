// What the public news list shows, read and shaped in one place so the page
// only lays it out: the search as read from the address (a wrong parameter
// dropped and reported), one page of articles, the filter form's options with
// their labels, the chosen filters as chips, the page links and the "did you
// mean" correction. The page is shared by every reader (lib/http/page-cache.ts),
// so nothing here knows who reads it.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { platformName } from "@/lib/i18n/metadata";
import { getPathname } from "@/lib/i18n/navigation";
import { newsQuery, parseNewsSearch, toNewsFilters, type NewsSearchParams } from "@/lib/news/public-filters";
import { listNewsInstitutions, listPublicNews, NEWS_PAGE_SIZE } from "@/lib/news/queries";
import { newsKinds } from "@/lib/news/schemas";
import { authorTopicChipFields } from "@/lib/search/author-topic-filters";
import { authorTopicOptions } from "@/lib/search/author-topic-options";
import { activeFilters, filterChips, optionLabel } from "@/lib/search/filter-chips";

export async function newsListView(raw: Record<string, string | string[] | undefined>, locale: Locale) {
  const { params: search, dropped } = parseNewsSearch(raw);
  const [t, { items, total, correction }, institutions, authorTopic, platform] = await Promise.all([
    getTranslations({ locale }),
    listPublicNews(toNewsFilters(search)),
    listNewsInstitutions(),
    authorTopicOptions(search.organisation, locale),
    platformName(locale),
  ]);
  const action = getPathname({ href: "/news", locale });
  const { q: _q, page: _page, ...narrowing } = search;
  const kinds = newsKinds.map((kind) => ({ value: kind, label: t(`news.kinds.${kind}`) }));
  const institutionOptions = institutions.map((i) => ({ value: i.id, label: i.name, lang: "pl" }));
  const active = activeFilters(search, [
    { key: "q", field: t("search.words"), label: (q) => q },
    { key: "kind", field: t("news.kind"), label: (kind) => optionLabel(kinds, kind) },
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
    totalPages: Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE)),
    page: search.page ?? 1,
    pageHref: (page: number) => `${action}${newsQuery(search, page)}`,
    options: { kinds, institutionOptions, ...authorTopic },
    chips: filterChips(action, search, active, (rest: NewsSearchParams) => newsQuery(rest)),
    /** The feeds' query: the filters without the words and the page. */
    feedQuery: newsQuery(narrowing),
    narrowed: Object.keys(narrowing).length > 0,
    /** "Did you mean": set when the words found nothing and their corrected form did (the items are its). */
    didYouMean:
      correction && search.q
        ? { original: search.q, correction, href: `${action}${newsQuery({ ...search, q: correction.query })}` }
        : undefined,
    platform,
  };
}
