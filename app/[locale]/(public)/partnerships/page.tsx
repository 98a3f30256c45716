import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PartnerRequestCards } from "@/components/partnerships/list/partner-request-cards";
import { PartnerRequestFeedLinks } from "@/components/partnerships/list/partner-request-feed-links";
import { PartnerRequestFilters } from "@/components/partnerships/list/partner-request-filters";
import { DidYouMean } from "@/components/search/did-you-mean";
import { ResultsWithFilters } from "@/components/search/results-with-filters";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { parsePartnerRequestSearch, partnerRequestFiltersQuery } from "@/lib/partnerships/list/filters";
import { partnerRequestListView } from "@/lib/partnerships/list/page-view";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const [t, tf] = await Promise.all([
    getTranslations({ locale, namespace: "partnerRequestList" }),
    getTranslations({ locale, namespace: "partnerRequestFeeds" }),
  ]);
  const query = partnerRequestFiltersQuery(parsePartnerRequestSearch(await searchParams).search.filters);
  const localeParam = `${query ? "&" : "?"}locale=${locale}`;
  return {
    ...(await pageTitle(locale, t("title"), "partnerships")),
    alternates: {
      types: {
        "application/rss+xml": [{ url: `/api/partnerships/rss${query}${localeParam}`, title: tf("rss") }],
        "application/atom+xml": [{ url: `/api/partnerships/atom${query}${localeParam}`, title: tf("atom") }],
      },
    },
  };
}

/** Open partner requests: filters, Polish search, three orders, pages; links to post one and to "for you". */
export default async function PartnerRequestsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, view] = await Promise.all([
    getTranslations({ locale }),
    partnerRequestListView(await searchParams, locale, await getCurrentUser()),
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("partnerRequestList.title") }]} />
      <h1 className="text-3xl font-bold">{t("partnerRequestList.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("partnerRequestList.intro")}</p>
      <ul className="mt-4 flex flex-wrap gap-3">
        {view.mayPost && (
          <li>
            <Link
              href="/partnerships/new"
              className="inline-flex min-h-11 items-center rounded bg-blue-900 px-4 py-2 font-semibold text-white underline"
            >
              {t("partnerRequestList.post")}
            </Link>
          </li>
        )}
        {view.mayReadForYou && (
          <li>
            <Link href="/partnerships/for-you" className="inline-flex min-h-11 items-center font-semibold underline">
              {t("partnerRequestList.forYou")}
            </Link>
          </li>
        )}
        {view.mayReadForYou && (
          <li>
            <Link href="/partnerships/mine" className="inline-flex min-h-11 items-center font-semibold underline">
              {t("partnerRequestList.mine")}
            </Link>
          </li>
        )}
        <li>
          <Link href="/partnerships/map" className="inline-flex min-h-11 items-center font-semibold underline">
            {t("partnerRequestList.mapLink")}
          </Link>
        </li>
      </ul>
      {view.dropped && <Alert tone="info">{t("partnerRequestList.invalidParams")}</Alert>}
      <PartnerRequestFeedLinks query={partnerRequestFiltersQuery(view.search.filters)} locale={locale} />
      <ResultsWithFilters
        id="partner-requests"
        filters={
          <PartnerRequestFilters
            action={view.action}
            search={view.search}
            spheres={view.spheres}
            territories={view.territories}
          />
        }
        count={t("partnerRequestList.found", { count: view.total })}
        chips={view.chips}
      >
        {view.didYouMean && <DidYouMean {...view.didYouMean} />}
        {view.cards.length === 0 ? (
          <EmptyState title={t("partnerRequestList.empty")} />
        ) : (
          <PartnerRequestCards cards={view.cards} />
        )}
        {view.totalPages > 1 && (
          <Pagination page={view.search.page} totalPages={view.totalPages} href={view.pageHref} />
        )}
      </ResultsWithFilters>
    </>
  );
}
