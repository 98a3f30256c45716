import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IdeaSearchForm } from "@/components/ideas/idea-search-form";
import { ResultsWithFilters } from "@/components/search/results-with-filters";
import { activeFilters, filterChips, optionLabel } from "@/lib/search/filter-chips";
import { IdeaFeedLinks } from "@/components/ideas/idea-feed-links";
import { IdeaList } from "@/components/ideas/idea-list";
import { DidYouMean } from "@/components/search/did-you-mean";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { ideaFiltersQuery } from "@/lib/ideas/feeds/filters";
import { ideaQuery, parseIdeaSearch, toIdeaFilters, type IdeaSearchParams } from "@/lib/ideas/public-filters";
import { IDEAS_PAGE_SIZE, listIdeaOffices, listPublicIdeas } from "@/lib/ideas/queries";
import { ideaKinds } from "@/lib/ideas/schemas";
import { IdeaStatus } from "@/lib/generated/prisma/enums";
import { organisationForPicker } from "@/lib/organisations/queries";
import { listSpheresInForce } from "@/lib/reference-data/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { territoryFilterOptions } from "@/lib/reference-data/topic-options";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The list's filters as the feeds' query string (no order, no page): a feed of the list as filtered. */
function feedQuery(search: IdeaSearchParams): string {
  const { kind, status, office, organisation, sphere, territory, q } = search;
  return ideaFiltersQuery({ kind, status, office, organisation, sphere, territory, q });
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const [t, tf] = await Promise.all([
    getTranslations({ locale, namespace: "ideas" }),
    getTranslations({ locale, namespace: "ideaDiscussion.feeds" }),
  ]);
  const query = feedQuery(parseIdeaSearch(await searchParams).params);
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
  const { params: search, dropped } = parseIdeaSearch(await searchParams);
  const [t, { items, total, correction }, offices, organisation, spheres, territories] = await Promise.all([
    getTranslations({ locale }),
    listPublicIdeas(toIdeaFilters(search)),
    listIdeaOffices(),
    organisationForPicker(search.organisation),
    listSpheresInForce(),
    territoryFilterOptions(),
  ]);
  const action = getPathname({ href: "/ideas", locale });
  const totalPages = Math.max(1, Math.ceil(total / IDEAS_PAGE_SIZE));
  const kinds = ideaKinds.map((kind) => ({ value: kind, label: t(`ideas.kinds.${kind}`) }));
  const statuses = Object.values(IdeaStatus).map((status) => ({ value: status, label: t(`ideas.statuses.${status}`) }));
  const officeOptions = [
    { value: "operator", label: t("ideas.addressees.OPERATOR") },
    { value: "council", label: t("ideas.addressees.COUNCIL") },
    ...offices.map((office) => ({ value: office.id, label: office.name, lang: "pl" })),
  ];
  const sphereOptions = spheres.map((s) => ({ value: s.id, label: `${s.code}. ${sphereName(s, locale)}` }));
  const active = activeFilters(search, [
    { key: "q", field: t("search.words"), label: (q) => q },
    { key: "kind", field: t("ideas.list.kind"), label: (kind) => optionLabel(kinds, kind) },
    { key: "status", field: t("ideas.list.status"), label: (status) => optionLabel(statuses, status) },
    { key: "office", field: t("ideas.list.office"), label: (id) => optionLabel(officeOptions, id) },
    { key: "organisation", field: t("ideas.list.organisation"), label: (id) => organisation?.name ?? id },
    { key: "territory", field: t("ideas.list.territory"), label: (code) => optionLabel(territories, code) },
    { key: "sphere", field: t("ideas.list.sphere"), label: (id) => optionLabel(sphereOptions, id) },
  ]);
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
      <IdeaFeedLinks query={feedQuery(search)} locale={locale} />
      {dropped && <Alert tone="info">{t("ideas.list.invalidParams")}</Alert>}
      <ResultsWithFilters
        id="ideas"
        filters={
          <IdeaSearchForm
            action={action}
            search={search}
            kinds={kinds}
            statuses={statuses}
            officeOptions={officeOptions}
            organisation={organisation}
            territories={territories}
            sphereOptions={sphereOptions}
          />
        }
        count={t("ideas.list.found", { count: total })}
        chips={filterChips(action, search, active, (rest) => ideaQuery(rest))}
      >
        {correction && search.q && (
          <DidYouMean
            original={search.q}
            correction={correction}
            href={`${action}${ideaQuery({ ...search, q: correction.query })}`}
          />
        )}
        {items.length === 0 ? (
          <EmptyState title={t("ideas.list.empty")} />
        ) : (
          <IdeaList items={items} now={new Date()} />
        )}
        {totalPages > 1 && (
          <Pagination
            page={search.page ?? 1}
            totalPages={totalPages}
            href={(page) => `${action}${ideaQuery(search, page)}`}
          />
        )}
      </ResultsWithFilters>
    </>
  );
}
