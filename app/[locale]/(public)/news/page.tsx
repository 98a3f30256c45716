import type { Metadata } from "next";
import Form from "next/form";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganisationFilter } from "@/components/forms/organisation-filter";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ArticleList } from "@/components/news/article-list";
import { FeedLinks } from "@/components/news/feed-links";
import { DidYouMean } from "@/components/search/did-you-mean";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect, filterFieldClass, filterLabelClass } from "@/components/ui/filter-select";
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
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("news.title") }]} />
      <h1 className="text-3xl font-bold">{t("news.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("news.intro")}</p>
      <FeedLinks query={newsQuery(narrowing)} locale={locale} narrowed={Object.keys(narrowing).length > 0} />
      {dropped && <Alert tone="info">{t("news.invalidParams")}</Alert>}
      <Form
        action={action}
        role="search"
        aria-labelledby="news-search-heading"
        className="mt-6 rounded border-2 border-slate-300 p-4"
      >
        <h2 id="news-search-heading" className="text-xl font-bold">
          {t("news.searchHeading")}
        </h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <div className="md:col-span-2">
            <label htmlFor="news-q" className={filterLabelClass}>
              {t("news.query")}
            </label>
            <input id="news-q" name="q" type="search" defaultValue={search.q ?? ""} className={filterFieldClass} />
          </div>
          <FilterSelect
            idPrefix="news"
            name="kind"
            label={t("news.kind")}
            value={search.kind}
            any={t("news.anyKind")}
            options={newsKinds.map((kind) => ({ value: kind, label: t(`news.kinds.${kind}`) }))}
          />
          <FilterSelect
            idPrefix="news"
            name="institution"
            label={t("news.institution")}
            value={search.institution}
            any={t("news.anyInstitution")}
            options={institutions.map((i) => ({ value: i.id, label: i.name, lang: "pl" }))}
          />
          <ClientMessages namespaces={["organisationPicker", "ui"]}>
            <OrganisationFilter
              id="news-organisation"
              name="organisation"
              label={t("news.organisation")}
              hint={t("news.organisationHint")}
              initial={organisation}
            />
          </ClientMessages>
          <FilterSelect
            idPrefix="news"
            name="territory"
            label={t("news.territory")}
            value={search.territory}
            any={t("news.anyTerritory")}
            options={territories}
          />
          <FilterSelect
            idPrefix="news"
            name="sphere"
            label={t("news.sphere")}
            value={search.sphere}
            any={t("news.anySphere")}
            options={spheres.map((s) => ({ value: s.id, label: `${s.code}. ${sphereName(s, locale)}` }))}
          />
        </div>
        <Button type="submit" className="mt-4">
          {t("news.show")}
        </Button>
      </Form>
      <p role="status" className="mt-6 font-semibold">
        {t("news.found", { count: total })}
      </p>
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
    </>
  );
}
