import { getTranslations, setRequestLocale } from "next-intl/server";
import { AbbreviationHint } from "@/components/search/abbreviation-hint";
import { DidYouMean } from "@/components/search/did-you-mean";
import { GlobalResults } from "@/components/search/global-results";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { getPathname } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { globalSearchView } from "@/lib/search/global-page";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata("globalSearch");

/** The one search across the platform (issue 24); the same for every reader (SHARED in lib/http/page-cache.ts). */
export default async function GlobalSearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, view] = await Promise.all([getTranslations({ locale }), globalSearchView(await searchParams, locale)]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("globalSearch.title") }]} />
      <h1 className="text-3xl font-bold">{t("globalSearch.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("globalSearch.intro")}</p>
      <form action={getPathname({ href: "/search", locale })} role="search" className="mt-6 max-w-2xl">
        <label htmlFor="global-q" className="block font-semibold">
          {t("globalSearch.pageLabel")}
        </label>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id="global-q"
            name="q"
            type="search"
            defaultValue={view.q ?? ""}
            maxLength={200}
            className="min-h-11 min-w-0 flex-1 rounded border-2 border-slate-600 px-3"
          />
          <Button type="submit">{t("globalSearch.submit")}</Button>
        </div>
      </form>
      {!view.q ? (
        <p className="mt-6 text-slate-700">{t("globalSearch.noQuery")}</p>
      ) : (
        <>
          {view.correction && view.correctedHref && (
            <DidYouMean original={view.q} correction={view.correction} href={view.correctedHref} />
          )}
          <p className="mt-6 font-semibold">{t("globalSearch.resultsFor", { query: view.searched ?? view.q })}</p>
          <AbbreviationHint abbreviations={view.abbreviations} />
          {view.total === 0 ? (
            <div className="mt-6">
              <EmptyState title={t("globalSearch.nothing", { query: view.q })} />
            </div>
          ) : (
            <GlobalResults view={view} />
          )}
        </>
      )}
    </>
  );
}
