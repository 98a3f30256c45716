import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleList } from "@/components/news/article-list";
import { FeedLinks } from "@/components/news/feed-links";
import { NewsSearchForm } from "@/components/news/news-search-form";
import { DidYouMean } from "@/components/search/did-you-mean";
import { ResultsWithFilters } from "@/components/search/results-with-filters";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { getPathname } from "@/lib/i18n/navigation";
import { pageTitle, platformName, resolveLocale } from "@/lib/i18n/metadata";
import { newsQuery, parseNewsSearch, toNewsFilters } from "@/lib/news/public-filters";
import { listNewsInstitutions, listPublicNews, NEWS_PAGE_SIZE } from "@/lib/news/queries";
import { organisationForPicker } from "@/lib/organisations/queries";
import { newsKinds } from "@/lib/news/schemas";
import { listSpheresInForce } from "@/lib/reference-data/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { territoryFilterOptions } from "@/lib/reference-data/topic-options";
import { activeFilters, filterChips, optionLabel } from "@/lib/search/filter-chips";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "news" });
  const { params: search } = parseNewsSearch(await searchParams);
  const { q: _q, page: _page, ...narrowing } = search;
  const query = newsQuery(narrowing);
  const localeParam = `${query ? "&" : "?"}locale=${locale}`;
  return {
    ...(await pageTitle(locale, t("title"), "news")),
    alternates: {
      types: {
        "application/rss+xml": [{ url: `/api/news/rss${query}${localeParam}`, title: t("feeds.rss") }],
        "application/atom+xml": [{ url: `/api/news/atom${query}${localeParam}`, title: t("feeds.atom") }],
      },
    },
  };
}

/** The region's news: filters by type, author, sphere and territory, a search that understands Polish, feeds. */
export default async function NewsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { params: search, dropped } = parseNewsSearch(await searchParams);
  const [t, { items, total, correction }, institutions, organisation, spheres, territories, platform] =
    await Promise.all([
      getTranslations({ locale }),
      listPublicNews(toNewsFilters(search)),
      listNewsInstitutions(),
      organisationForPicker(search.organisation),
      listSpheresInForce(),
      territoryFilterOptions(),
      platformName(locale),
    ]);
  const action = getPathname({ href: "/news", locale });
  const totalPages = Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE));
  const { q: _q, page: _page, ...narrowing } = search;
  const kinds = newsKinds.map((kind) => ({ value: kind, label: t(`news.kinds.${kind}`) }));
  const institutionOptions = institutions.map((i) => ({ value: i.id, label: i.name, lang: "pl" }));
  const sphereOptions = spheres.map((s) => ({ value: s.id, label: `${s.code}. ${sphereName(s, locale)}` }));
  const active = activeFilters(search, [
    { key: "q", field: t("search.words"), label: (q) => q },
    { key: "kind", field: t("news.kind"), label: (kind) => optionLabel(kinds, kind) },
    { key: "institution", field: t("news.institution"), label: (id) => optionLabel(institutionOptions, id) },
    { key: "organisation", field: t("news.organisation"), label: (id) => organisation?.name ?? id },
    { key: "territory", field: t("news.territory"), label: (code) => optionLabel(territories, code) },
    { key: "sphere", field: t("news.sphere"), label: (id) => optionLabel(sphereOptions, id) },
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("news.title") }]} />
      <h1 className="text-3xl font-bold">{t("news.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("news.intro")}</p>
      <FeedLinks query={newsQuery(narrowing)} locale={locale} narrowed={Object.keys(narrowing).length > 0} />
      {dropped && <Alert tone="info">{t("news.invalidParams")}</Alert>}
      <ResultsWithFilters
        id="news"
        filters={
          <NewsSearchForm
            action={action}
            search={search}
            kinds={kinds}
            institutionOptions={institutionOptions}
            organisation={organisation}
            territories={territories}
            sphereOptions={sphereOptions}
          />
        }
        count={t("news.found", { count: total })}
        chips={filterChips(action, search, active, (rest) => newsQuery(rest))}
      >
        {correction && search.q && (
          <DidYouMean
            original={search.q}
            correction={correction}
            href={`${action}${newsQuery({ ...search, q: correction.query })}`}
          />
        )}
        {items.length === 0 ? (
          <EmptyState title={t("news.empty")} />
        ) : (
          <ArticleList items={items} platform={platform} headingLevel={2} />
        )}
        {totalPages > 1 && (
          <Pagination
            page={search.page ?? 1}
            totalPages={totalPages}
            href={(page) => `${action}${newsQuery(search, page)}`}
          />
        )}
      </ResultsWithFilters>
    </>
  );
}
