import type { Metadata } from "next";
import Form from "next/form";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationList } from "@/components/consultations/consultation-list";
import { DidYouMean } from "@/components/search/did-you-mean";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect, filterFieldClass, filterLabelClass } from "@/components/ui/filter-select";
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
      <Form
        action={action}
        role="search"
        aria-labelledby="consultation-search-heading"
        className="mt-6 rounded border-2 border-slate-300 p-4"
      >
        <h2 id="consultation-search-heading" className="text-xl font-bold">
          {t("consultations.searchHeading")}
        </h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <div className="md:col-span-2">
            <label htmlFor="consultations-q" className={filterLabelClass}>
              {t("consultations.query")}
            </label>
            <input
              id="consultations-q"
              name="q"
              type="search"
              defaultValue={search.q ?? ""}
              className={filterFieldClass}
            />
          </div>
          <FilterSelect
            idPrefix="consultations"
            name="phase"
            label={t("consultations.phase")}
            value={search.phase}
            any={t("consultations.anyPhase")}
            options={(["open", "upcoming", "closed"] as const).map((phase) => ({
              value: phase,
              label: t(`consultations.publicPhases.${phase}`),
            }))}
          />
          <FilterSelect
            idPrefix="consultations"
            name="kind"
            label={t("consultations.kind")}
            value={search.kind}
            any={t("consultations.anyKind")}
            options={consultationKinds.map((kind) => ({ value: kind, label: t(`consultations.kinds.${kind}`) }))}
          />
          <FilterSelect
            idPrefix="consultations"
            name="organiser"
            label={t("consultations.organiser")}
            value={search.organiser}
            any={t("consultations.anyOrganiser")}
            options={organisers.map((o) => ({ value: o.id, label: o.name, lang: "pl" }))}
          />
          <FilterSelect
            idPrefix="consultations"
            name="territory"
            label={t("consultations.territory")}
            value={search.territory}
            any={t("consultations.anyTerritory")}
            options={territories}
          />
          <FilterSelect
            idPrefix="consultations"
            name="sphere"
            label={t("consultations.sphere")}
            value={search.sphere}
            any={t("consultations.anySphere")}
            options={spheres.map((s) => ({ value: s.id, label: `${s.code}. ${sphereName(s, locale)}` }))}
          />
        </div>
        <Button type="submit" className="mt-4">
          {t("consultations.show")}
        </Button>
      </Form>
      <p role="status" className="mt-6 font-semibold">
        {t("consultations.found", { count: total })}
      </p>
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
    </>
  );
}
