import type { Metadata } from "next";
import Form from "next/form";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganisationFilter } from "@/components/forms/organisation-filter";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IdeaFeedLinks } from "@/components/ideas/idea-feed-links";
import { IdeaList } from "@/components/ideas/idea-list";
import { DidYouMean } from "@/components/search/did-you-mean";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect, filterFieldClass, filterLabelClass } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { ideaFiltersQuery } from "@/lib/ideas/feeds/filters";
import {
  ideaQuery,
  ideaSortValues,
  parseIdeaSearch,
  toIdeaFilters,
  type IdeaSearchParams,
} from "@/lib/ideas/public-filters";
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
      {dropped && <Alert tone="info">{t("ideas.list.invalidParams")}</Alert>}
      <Form
        action={action}
        role="search"
        aria-labelledby="ideas-search-heading"
        className="mt-6 rounded border-2 border-slate-300 p-4"
      >
        <h2 id="ideas-search-heading" className="text-xl font-bold">
          {t("ideas.list.searchHeading")}
        </h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <div className="md:col-span-2">
            <label htmlFor="ideas-q" className={filterLabelClass}>
              {t("ideas.list.query")}
            </label>
            <input id="ideas-q" name="q" type="search" defaultValue={search.q ?? ""} className={filterFieldClass} />
          </div>
          <FilterSelect
            idPrefix="ideas"
            name="kind"
            label={t("ideas.list.kind")}
            value={search.kind}
            any={t("ideas.list.anyKind")}
            options={ideaKinds.map((kind) => ({ value: kind, label: t(`ideas.kinds.${kind}`) }))}
          />
          <FilterSelect
            idPrefix="ideas"
            name="status"
            label={t("ideas.list.status")}
            value={search.status}
            any={t("ideas.list.anyStatus")}
            options={Object.values(IdeaStatus).map((status) => ({
              value: status,
              label: t(`ideas.statuses.${status}`),
            }))}
          />
          <FilterSelect
            idPrefix="ideas"
            name="office"
            label={t("ideas.list.office")}
            value={search.office}
            any={t("ideas.list.anyOffice")}
            options={[
              { value: "operator", label: t("ideas.addressees.OPERATOR") },
              { value: "council", label: t("ideas.addressees.COUNCIL") },
              ...offices.map((office) => ({ value: office.id, label: office.name, lang: "pl" })),
            ]}
          />
          <ClientMessages namespaces={["organisationPicker", "ui"]}>
            <OrganisationFilter
              id="ideas-organisation"
              name="organisation"
              label={t("ideas.list.organisation")}
              hint={t("ideas.list.organisationHint")}
              initial={organisation}
            />
          </ClientMessages>
          <FilterSelect
            idPrefix="ideas"
            name="territory"
            label={t("ideas.list.territory")}
            value={search.territory}
            any={t("ideas.list.anyTerritory")}
            options={territories}
          />
          <FilterSelect
            idPrefix="ideas"
            name="sphere"
            label={t("ideas.list.sphere")}
            value={search.sphere}
            any={t("ideas.list.anySphere")}
            options={spheres.map((s) => ({ value: s.id, label: `${s.code}. ${sphereName(s, locale)}` }))}
          />
          <div>
            <label htmlFor="ideas-sort" className={filterLabelClass}>
              {t("ideas.list.sort")}
            </label>
            <select id="ideas-sort" name="sort" defaultValue={search.sort ?? "newest"} className={filterFieldClass}>
              {ideaSortValues.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`ideas.list.sorts.${sort}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <Button type="submit" className="mt-4">
          {t("ideas.list.show")}
        </Button>
      </Form>
      <IdeaFeedLinks query={feedQuery(search)} locale={locale} />
      <p role="status" className="mt-6 font-semibold">
        {t("ideas.list.found", { count: total })}
      </p>
      {correction && search.q && (
        <DidYouMean
          original={search.q}
          correction={correction}
          href={`${action}${ideaQuery({ ...search, q: correction.query })}`}
        />
      )}
      {items.length === 0 ? <EmptyState title={t("ideas.list.empty")} /> : <IdeaList items={items} now={new Date()} />}
      {totalPages > 1 && (
        <Pagination
          page={search.page ?? 1}
          totalPages={totalPages}
          href={(page) => `${action}${ideaQuery(search, page)}`}
        />
      )}
    </>
  );
}
