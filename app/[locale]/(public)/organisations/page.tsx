import { getTranslations, setRequestLocale } from "next-intl/server";
import { DirectoryDownloads } from "@/components/directory/directory-downloads";
import { DirectoryMapSection } from "@/components/directory/directory-map-section";
import { DirectoryResults } from "@/components/directory/directory-results";
import { DirectorySearchForm } from "@/components/directory/directory-search-form";
import { Alert } from "@/components/ui/alert";
import { AbbreviationHint } from "@/components/search/abbreviation-hint";
import { DidYouMean } from "@/components/search/did-you-mean";
import { ResultsWithFilters } from "@/components/search/results-with-filters";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { activeFilterLabels } from "@/lib/directory/labels";
import { directoryQuery, parseDirectoryFilters } from "@/lib/directory/filters";
import { searchDirectory } from "@/lib/directory/search";
import { expandedAbbreviations } from "@/lib/search/abbreviations";
import { env } from "@/lib/env";
import { getPathname } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { listRegionGminasByPowiat, listSpheresInForce } from "@/lib/reference-data/queries";
import { filterChips } from "@/lib/search/filter-chips";
import { getInstanceSettings } from "@/lib/settings/queries";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata("directory", "organisations");

export default async function DirectoryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { filters, invalid } = parseDirectoryFilters(await searchParams);
  const settings = await getInstanceSettings();
  const [t, result, spheres, gminaGroups, abbreviations] = await Promise.all([
    getTranslations({ locale }),
    searchDirectory(filters),
    listSpheresInForce(),
    listRegionGminasByPowiat(settings.regionCode),
    expandedAbbreviations(filters.q),
  ]);
  const path = getPathname({ href: "/organisations", locale });
  const sphereById = new Map(spheres.map((s) => [s.id, s]));
  const found = t("directory.found", { count: result.total });
  const config = env();

  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("directory.title") }]} />
      <h1 className="text-3xl font-bold">{t("directory.title")}</h1>
      <p className="mt-2 max-w-3xl">{t("directory.intro")}</p>
      {invalid.length > 0 && <Alert tone="warning">{t("directory.invalidParams")}</Alert>}
      <ResultsWithFilters
        id="directory"
        heading={t("directory.resultsHeading")}
        filters={
          <DirectorySearchForm
            action={path}
            filters={filters}
            facets={result.facets}
            spheres={spheres}
            gminaGroups={gminaGroups}
          />
        }
        count={
          result.pageCount > 1
            ? t("directory.foundWithPage", { found, page: result.page, pages: result.pageCount })
            : found
        }
        chips={filterChips(
          path,
          filters,
          await activeFilterLabels(filters, { locale, sphereById, gminaGroups }),
          (rest) => directoryQuery(rest),
        )}
      >
        {result.correction && filters.q && (
          <DidYouMean
            original={filters.q}
            correction={result.correction}
            href={`${path}${directoryQuery(filters, { q: result.correction.query })}`}
          />
        )}
        {result.mode === "fuzzy" && result.total > 0 && <Alert tone="info">{t("directory.fuzzy")}</Alert>}
        {result.mode === "words" && <AbbreviationHint abbreviations={abbreviations} />}
        <DirectoryResults items={result.items} spheres={sphereById} />
        <Pagination
          page={result.page}
          totalPages={result.pageCount}
          href={(page) => `${path}${directoryQuery(filters, { page })}`}
        />
        {result.total > 0 && <DirectoryDownloads filters={filters} />}
        <div className="mt-8">
          <DirectoryMapSection
            counts={result.facets.gmina}
            gminaGroups={gminaGroups}
            // To the results for the gmina, which get the focus (a keyboard user is not sent back to the page's top).
            href={(gmina) =>
              `${path}${directoryQuery(filters, { gmina, powiat: gmina.slice(0, 4) })}#directory-results`
            }
            tileUrl={config.MAP_TILE_URL}
            attribution={config.MAP_TILE_ATTRIBUTION}
          />
        </div>
      </ResultsWithFilters>
    </>
  );
}
