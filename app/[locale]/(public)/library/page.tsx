import { getTranslations, setRequestLocale } from "next-intl/server";
import { LibrarySearchForm } from "@/components/library/library-search-form";
import { ResultsWithFilters } from "@/components/search/results-with-filters";
import { activeFilters, filterChips, optionLabel } from "@/lib/search/filter-chips";
import { DocumentList } from "@/components/library/document-list";
import { DidYouMean } from "@/components/search/did-you-mean";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
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
  const kinds = libraryKinds.map((kind) => ({ value: kind, label: t(`library.kinds.${kind}`) }));
  const statuses = libraryStatuses.map((status) => ({ value: status, label: t(`library.statuses.${status}`) }));
  const institutionOptions = institutions.map((i) => ({ value: i.id, label: i.name, lang: "pl" }));
  const sphereOptions = spheres.map((s) => ({ value: s.id, label: `${s.code}. ${sphereName(s, locale)}` }));
  const active = activeFilters(search, [
    { key: "q", field: t("search.words"), label: (q) => q },
    { key: "kind", field: t("library.kind"), label: (kind) => optionLabel(kinds, kind) },
    { key: "status", field: t("library.status"), label: (status) => optionLabel(statuses, status) },
    { key: "institution", field: t("news.institution"), label: (id) => optionLabel(institutionOptions, id) },
    { key: "organisation", field: t("news.organisation"), label: (id) => organisation?.name ?? id },
    { key: "territory", field: t("news.territory"), label: (code) => optionLabel(territories, code) },
    { key: "sphere", field: t("news.sphere"), label: (id) => optionLabel(sphereOptions, id) },
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("library.title") }]} />
      <h1 className="text-3xl font-bold">{t("library.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("library.intro")}</p>
      {dropped && <Alert tone="info">{t("library.invalidParams")}</Alert>}
      <ResultsWithFilters
        id="library"
        filters={
          <LibrarySearchForm
            action={action}
            search={search}
            kinds={kinds}
            statuses={statuses}
            institutionOptions={institutionOptions}
            organisation={organisation}
            territories={territories}
            sphereOptions={sphereOptions}
          />
        }
        count={t("library.found", { count: total })}
        chips={filterChips(action, search, active, (rest) => libraryQuery(rest))}
      >
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
      </ResultsWithFilters>
    </>
  );
}
