import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationSearchForm } from "@/components/consultations/consultation-search-form";
import { ResultsWithFilters } from "@/components/search/results-with-filters";
import { activeFilters, filterChips, optionLabel } from "@/lib/search/filter-chips";
import { ConsultationList } from "@/components/consultations/consultation-list";
import { DidYouMean } from "@/components/search/did-you-mean";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { parseConsultationSearch, searchQuery, toListFilters } from "@/lib/consultations/public-filters";
import { listOrganisers, listPublicConsultations, PUBLIC_PAGE_SIZE } from "@/lib/consultations/queries";
import { consultationKinds } from "@/lib/consultations/schemas";
import { getPathname } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { listSpheresInForce } from "@/lib/reference-data/queries";
import { territoryFilterOptions } from "@/lib/reference-data/topic-options";
import { sphereName } from "@/lib/reference-data/sphere-name";

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
  const { params: search, dropped } = parseConsultationSearch(await searchParams);
  const [t, { items, total, correction }, organisers, spheres, territories] = await Promise.all([
    getTranslations({ locale }),
    listPublicConsultations(toListFilters(search)),
    listOrganisers(),
    listSpheresInForce(),
    territoryFilterOptions(),
  ]);
  const action = getPathname({ href: "/consultations", locale });
  const totalPages = Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE));
  const phases = (["open", "upcoming", "closed"] as const).map((phase) => ({
    value: phase,
    label: t(`consultations.publicPhases.${phase}`),
  }));
  const kinds = consultationKinds.map((kind) => ({ value: kind, label: t(`consultations.kinds.${kind}`) }));
  const organiserOptions = organisers.map((o) => ({ value: o.id, label: o.name, lang: "pl" }));
  const sphereOptions = spheres.map((s) => ({ value: s.id, label: `${s.code}. ${sphereName(s, locale)}` }));
  const active = activeFilters(search, [
    { key: "q", field: t("search.words"), label: (q) => q },
    { key: "phase", field: t("consultations.phase"), label: (phase) => optionLabel(phases, phase) },
    { key: "kind", field: t("consultations.kind"), label: (kind) => optionLabel(kinds, kind) },
    { key: "organiser", field: t("consultations.organiser"), label: (id) => optionLabel(organiserOptions, id) },
    { key: "territory", field: t("consultations.territory"), label: (code) => optionLabel(territories, code) },
    { key: "sphere", field: t("consultations.sphere"), label: (id) => optionLabel(sphereOptions, id) },
  ]);
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
      {dropped && <Alert tone="info">{t("consultations.invalidParams")}</Alert>}
      <ResultsWithFilters
        id="consultations"
        filters={
          <ConsultationSearchForm
            action={action}
            search={search}
            phases={phases}
            kinds={kinds}
            organiserOptions={organiserOptions}
            territories={territories}
            sphereOptions={sphereOptions}
          />
        }
        count={t("consultations.found", { count: total })}
        chips={filterChips(action, search, active, (rest) => searchQuery(rest))}
      >
        {correction && search.q && (
          <DidYouMean
            original={search.q}
            correction={correction}
            href={`${action}${searchQuery({ ...search, q: correction.query })}`}
          />
        )}
        {items.length === 0 ? (
          <EmptyState title={t("consultations.empty")} />
        ) : (
          <ConsultationList items={items} headingLevel={2} />
        )}
        {totalPages > 1 && (
          <Pagination
            page={search.page ?? 1}
            totalPages={totalPages}
            href={(page) => `${action}${searchQuery(search, page)}`}
          />
        )}
      </ResultsWithFilters>
    </>
  );
}
