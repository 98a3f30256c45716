import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IdeaSearchForm } from "@/components/ideas/idea-search-form";
import { ResultsWithFilters } from "@/components/search/results-with-filters";
import { IdeaFeedLinks } from "@/components/ideas/idea-feed-links";
import { IdeaList } from "@/components/ideas/idea-list";
import { DidYouMean } from "@/components/search/did-you-mean";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { ideaListView } from "@/lib/ideas/list-page-view";
import { ideaFeedQuery, parseIdeaSearch } from "@/lib/ideas/public-filters";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const [t, tf] = await Promise.all([
    getTranslations({ locale, namespace: "ideas" }),
    getTranslations({ locale, namespace: "ideaDiscussion.feeds" }),
  ]);
  const query = ideaFeedQuery(parseIdeaSearch(await searchParams).params);
  const localeParam = `${query ? "&" : "?"}locale=${locale}`;
  return {
    ...(await pageTitle(locale, t("title"), "ideas")),
    alternates: {
      types: {
        "application/rss+xml": [{ url: `/api/ideas/rss${query}${localeParam}`, title: tf("rss") }],
        "application/atom+xml": [{ url: `/api/ideas/atom${query}${localeParam}`, title: tf("atom") }],
      },
    },
  };
}

/** The board: filters by kind, status, addressee, organisation, sphere and territory; four orders; Polish search. */
export default async function IdeasPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, view] = await Promise.all([getTranslations({ locale }), ideaListView(await searchParams, locale)]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("ideas.title") }]} />
      <h1 className="text-3xl font-bold">{t("ideas.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("ideas.intro")}</p>
      <p className="mt-4">
        <Link
          href="/ideas/new"
          className="inline-block rounded bg-blue-900 px-4 py-2 font-semibold text-white underline"
        >
          {t("ideas.list.write")}
        </Link>
      </p>
      <IdeaFeedLinks query={view.feedQuery} locale={locale} />
      {view.dropped && <Alert tone="info">{t("ideas.list.invalidParams")}</Alert>}
      <ResultsWithFilters
        id="ideas"
        filters={<IdeaSearchForm action={view.action} search={view.search} {...view.options} />}
        count={t("ideas.list.found", { count: view.total })}
        chips={view.chips}
      >
        {view.didYouMean && <DidYouMean {...view.didYouMean} />}
        {view.items.length === 0 ? (
          <EmptyState title={t("ideas.list.empty")} />
        ) : (
          <IdeaList items={view.items} now={new Date()} />
        )}
        {view.totalPages > 1 && <Pagination page={view.page} totalPages={view.totalPages} href={view.pageHref} />}
      </ResultsWithFilters>
    </>
  );
}
