import Form from "next/form";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganisationFilter } from "@/components/forms/organisation-filter";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DocumentList } from "@/components/library/document-list";
import { DidYouMean } from "@/components/search/did-you-mean";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect, filterFieldClass, filterLabelClass } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { getPathname } from "@/lib/i18n/navigation";
import { platformName, resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { libraryQuery, parseLibrarySearch, toLibraryFilters } from "@/lib/library/public-filters";
import { LIBRARY_PAGE_SIZE, listLibraryInstitutions, listPublicDocuments } from "@/lib/library/queries";
import { libraryKinds, libraryStatuses } from "@/lib/library/schemas";
import { organisationForPicker } from "@/lib/organisations/queries";
import { listSpheresInForce } from "@/lib/reference-data/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { territoryFilterOptions } from "@/lib/reference-data/topic-options";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata("library", "library");

/** The library of jointly developed documents: a search that reads the files too, and filters. */
export default async function LibraryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { params: search, dropped } = parseLibrarySearch(await searchParams);
  const [t, { items, total, correction }, institutions, organisation, spheres, territories, platform] =
    await Promise.all([
      getTranslations({ locale }),
      listPublicDocuments(toLibraryFilters(search)),
      listLibraryInstitutions(),
      organisationForPicker(search.organisation),
      listSpheresInForce(),
      territoryFilterOptions(),
      platformName(locale),
    ]);
  const action = getPathname({ href: "/library", locale });
  const totalPages = Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE));
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("library.title") }]} />
      <h1 className="text-3xl font-bold">{t("library.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("library.intro")}</p>
      {dropped && <Alert tone="info">{t("library.invalidParams")}</Alert>}
      <Form
        action={action}
        role="search"
        aria-labelledby="library-search-heading"
        className="mt-6 rounded border-2 border-slate-300 p-4"
      >
        <h2 id="library-search-heading" className="text-xl font-bold">
          {t("library.searchHeading")}
        </h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <div className="md:col-span-2">
            <label htmlFor="library-q" className={filterLabelClass}>
              {t("library.query")}
            </label>
            <p id="library-q-hint" className="text-sm text-slate-700">
              {t("library.queryHint")}
            </p>
            <input
              id="library-q"
              name="q"
              type="search"
              aria-describedby="library-q-hint"
              defaultValue={search.q ?? ""}
              className={filterFieldClass}
            />
          </div>
          <FilterSelect
            idPrefix="library"
            name="kind"
            label={t("library.kind")}
            value={search.kind}
            any={t("library.anyKind")}
            options={libraryKinds.map((kind) => ({ value: kind, label: t(`library.kinds.${kind}`) }))}
          />
          <FilterSelect
            idPrefix="library"
            name="status"
            label={t("library.status")}
            value={search.status}
            any={t("library.anyStatus")}
            options={libraryStatuses.map((status) => ({ value: status, label: t(`library.statuses.${status}`) }))}
          />
          <FilterSelect
            idPrefix="library"
            name="institution"
            label={t("news.institution")}
            value={search.institution}
            any={t("news.anyInstitution")}
            options={institutions.map((i) => ({ value: i.id, label: i.name, lang: "pl" }))}
          />
          <ClientMessages namespaces={["organisationPicker", "ui"]}>
            <OrganisationFilter
              id="library-organisation"
              name="organisation"
              label={t("news.organisation")}
              hint={t("news.organisationHint")}
              initial={organisation}
            />
          </ClientMessages>
          <FilterSelect
            idPrefix="library"
            name="territory"
            label={t("news.territory")}
            value={search.territory}
            any={t("news.anyTerritory")}
            options={territories}
          />
          <FilterSelect
            idPrefix="library"
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
        {t("library.found", { count: total })}
      </p>
      {correction && search.q && (
        <DidYouMean
          original={search.q}
          correction={correction}
          href={`${action}${libraryQuery({ ...search, q: correction.query })}`}
        />
      )}
      {items.length === 0 ? (
        <EmptyState title={t("library.empty")} />
      ) : (
        <DocumentList items={items} platform={platform} />
      )}
      {totalPages > 1 && (
        <Pagination
          page={search.page ?? 1}
          totalPages={totalPages}
          href={(page) => `${action}${libraryQuery(search, page)}`}
        />
      )}
    </>
  );
}
