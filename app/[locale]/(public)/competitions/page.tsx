import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompetitionList } from "@/components/competitions/public/competition-list";
import { CompetitionSearchForm } from "@/components/competitions/public/competition-search-form";
import { CompetitionTabs } from "@/components/competitions/public/competition-tabs";
import { DidYouMean } from "@/components/search/did-you-mean";
import { ResultsWithFilters } from "@/components/search/results-with-filters";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { competitionListView } from "@/lib/competitions/list-page-view";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "competitions" });
  return {
    ...(await pageTitle(locale, t("title"), "competitions")),
    alternates: {
      types: { "application/rss+xml": [{ url: `/api/competitions/rss?locale=${locale}`, title: t("rss") }] },
    },
  };
}

// The same for everyone (lib/http/page-cache.ts, SHARED): no session is read here.
export default async function CompetitionsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const now = new Date();
  const [t, view] = await Promise.all([getTranslations({ locale }), competitionListView(await searchParams, locale)]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("competitions.title") }]} />
      <h1 className="text-3xl font-bold">{t("competitions.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("competitions.intro")}</p>
      <p className="mt-2 flex flex-wrap gap-x-4">
        <span>{t("competitions.subscribe")}</span>
        <a href={view.rssHref} className="underline">
          {t("competitions.rss")}
        </a>
        <a href={view.calendarHref} className="underline">
          {t("competitions.calendar")}
        </a>
      </p>
      {view.amountRefused !== undefined ? (
        <Alert tone="info">{t("competitions.amountInvalid", { text: view.amountRefused })}</Alert>
      ) : (
        view.dropped && <Alert tone="info">{t("competitions.invalidParams")}</Alert>
      )}
      <CompetitionTabs tabs={view.tabs} />
      <ResultsWithFilters
        id="competitions"
        filters={
          <CompetitionSearchForm
            action={view.action}
            search={view.search}
            amountRefused={view.amountRefused}
            {...view.options}
          />
        }
        count={t("competitions.found", { count: view.total })}
        chips={view.chips}
      >
        {view.didYouMean && <DidYouMean {...view.didYouMean} />}
        {view.items.length === 0 ? (
          <EmptyState title={t(`competitions.empty.${view.phase}`)} />
        ) : (
          <CompetitionList items={view.items} now={now} headingLevel={2} />
        )}
        {view.totalPages > 1 && <Pagination page={view.page} totalPages={view.totalPages} href={view.pageHref} />}
      </ResultsWithFilters>
    </>
  );
}
