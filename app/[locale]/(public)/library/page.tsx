import { getTranslations, setRequestLocale } from "next-intl/server";
import { LibrarySearchForm } from "@/components/library/library-search-form";
import { ResultsWithFilters } from "@/components/search/results-with-filters";
import { DocumentList } from "@/components/library/document-list";
import { DidYouMean } from "@/components/search/did-you-mean";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { libraryListView } from "@/lib/library/list-page-view";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata("library", "library");

/** The library of jointly developed documents: a search that reads the files too, and filters. */
export default async function LibraryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, view] = await Promise.all([getTranslations({ locale }), libraryListView(await searchParams, locale)]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("library.title") }]} />
      <h1 className="text-3xl font-bold">{t("library.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("library.intro")}</p>
      {view.dropped && <Alert tone="info">{t("library.invalidParams")}</Alert>}
      <ResultsWithFilters
        id="library"
        filters={<LibrarySearchForm action={view.action} search={view.search} {...view.options} />}
        count={t("library.found", { count: view.total })}
        chips={view.chips}
      >
        {view.didYouMean && <DidYouMean {...view.didYouMean} />}
        {view.items.length === 0 ? (
          <EmptyState title={t("library.empty")} />
        ) : (
          <DocumentList items={view.items} platform={view.platform} />
        )}
        {view.totalPages > 1 && <Pagination page={view.page} totalPages={view.totalPages} href={view.pageHref} />}
      </ResultsWithFilters>
    </>
  );
}
