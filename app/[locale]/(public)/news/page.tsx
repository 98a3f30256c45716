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
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { newsListView } from "@/lib/news/list-page-view";
import { newsQuery, parseNewsSearch } from "@/lib/news/public-filters";

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
  const [t, view] = await Promise.all([getTranslations({ locale }), newsListView(await searchParams, locale)]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("news.title") }]} />
      <h1 className="text-3xl font-bold">{t("news.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("news.intro")}</p>
      <FeedLinks query={view.feedQuery} locale={locale} narrowed={view.narrowed} />
      {view.dropped && <Alert tone="info">{t("news.invalidParams")}</Alert>}
      <ResultsWithFilters
        id="news"
        filters={<NewsSearchForm action={view.action} search={view.search} {...view.options} />}
        count={t("news.found", { count: view.total })}
        chips={view.chips}
      >
        {view.didYouMean && <DidYouMean {...view.didYouMean} />}
        {view.items.length === 0 ? (
          <EmptyState title={t("news.empty")} />
        ) : (
          <ArticleList items={view.items} platform={view.platform} headingLevel={2} />
        )}
        {view.totalPages > 1 && <Pagination page={view.page} totalPages={view.totalPages} href={view.pageHref} />}
      </ResultsWithFilters>
    </>
  );
}
