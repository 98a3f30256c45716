import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationSearchForm } from "@/components/consultations/consultation-search-form";
import { ResultsWithFilters } from "@/components/search/results-with-filters";
import { ConsultationList } from "@/components/consultations/consultation-list";
import { DidYouMean } from "@/components/search/did-you-mean";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { consultationListView } from "@/lib/consultations/list-page-view";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "consultations" });
  const feeds = await getTranslations({ locale, namespace: "consultationFeeds" });
  return {
    ...(await pageTitle(locale, t("title"), "consultations")),
    alternates: {
      types: { "application/rss+xml": [{ url: `/api/consultations/rss?locale=${locale}`, title: feeds("rss") }] },
    },
  };
}

export default async function ConsultationsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, view] = await Promise.all([getTranslations({ locale }), consultationListView(await searchParams, locale)]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("consultations.title") }]} />
      <h1 className="text-3xl font-bold">{t("consultations.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("consultations.intro")}</p>
      <p className="mt-2 flex flex-wrap gap-x-4">
        <span>{t("consultationFeeds.subscribe")}</span>
        <a href={`/api/consultations/rss?locale=${locale}`} className="underline">
          {t("consultationFeeds.rss")}
        </a>
        <a href={`/api/consultations/calendar?locale=${locale}`} className="underline">
          {t("consultationFeeds.calendar")}
        </a>
      </p>
      {view.dropped && <Alert tone="info">{t("consultations.invalidParams")}</Alert>}
      <ResultsWithFilters
        id="consultations"
        filters={<ConsultationSearchForm action={view.action} search={view.search} {...view.options} />}
        count={t("consultations.found", { count: view.total })}
        chips={view.chips}
      >
        {view.didYouMean && <DidYouMean {...view.didYouMean} />}
        {view.items.length === 0 ? (
          <EmptyState title={t("consultations.empty")} />
        ) : (
          <ConsultationList items={view.items} headingLevel={2} />
        )}
        {view.totalPages > 1 && <Pagination page={view.page} totalPages={view.totalPages} href={view.pageHref} />}
      </ResultsWithFilters>
    </>
  );
}
