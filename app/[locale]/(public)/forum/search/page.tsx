import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForumSearchForm } from "@/components/forum/search-form";
import { DidYouMean } from "@/components/search/did-you-mean";
import { ResultsWithFilters } from "@/components/search/results-with-filters";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { getCurrentUser } from "@/lib/auth/session";
import { forumSearchView } from "@/lib/forum/search-page-view";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "forum.search" });
  return pageTitle(locale, t("title"), "forum");
}

/** Search across the forum: matching thread titles, then posts, newest first, in the categories the reader may read. */
export default async function ForumSearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, view] = await Promise.all([
    getTranslations({ locale }),
    forumSearchView(await searchParams, locale, await getCurrentUser()),
  ]);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("forum.title"), href: "/forum" },
          { label: t("forum.search.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("forum.search.title")}</h1>
      <ResultsWithFilters
        id="forum-search"
        filters={<ForumSearchForm locale={locale} q={view.q} framed />}
        open={!view.valid}
        count={view.count}
        chips={view.chips}
      >
        {!view.signedIn && <p className="mt-3 max-w-3xl">{t("forum.search.visitorScope")}</p>}
        {view.q && !view.valid && <p className="mt-4">{t("forum.search.noWords")}</p>}
        {view.valid && (
          <>
            {view.didYouMean && <DidYouMean {...view.didYouMean} />}
            {view.threads.length > 0 && (
              <section aria-labelledby="thread-hits" className="mt-6 max-w-4xl">
                <h2 id="thread-hits" className="text-2xl font-bold">
                  {t("forum.search.threads")}
                </h2>
                <ul className="mt-3 space-y-2">
                  {view.threads.map((thread) => (
                    <li key={thread.id}>
                      <Link
                        href={{ pathname: "/forum/threads/[id]", params: { id: thread.id } }}
                        className="font-semibold underline"
                      >
                        {thread.title}
                      </Link>{" "}
                      <span className="text-slate-700">
                        · {thread.category} · {t("forum.posts", { count: thread.postCount })} ·{" "}
                        {t("forum.lastPost", { when: thread.lastPost })}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <section aria-labelledby="post-hits" className="mt-6 max-w-4xl">
              <h2 id="post-hits" className="text-2xl font-bold">
                {t("forum.search.posts")}
              </h2>
              {view.posts.length === 0 ? (
                <EmptyState
                  title={view.page === 1 ? t("forum.search.nothing", { q: view.q }) : t("forum.search.noMore")}
                />
              ) : (
                <ol className="mt-3 space-y-4" start={view.firstNumber}>
                  {view.posts.map((hit) => (
                    <li key={hit.id} className="border-b-2 border-slate-200 pb-3">
                      <p>
                        <Link
                          href={{
                            pathname: "/forum/threads/[id]",
                            params: { id: hit.threadId },
                            query: { wpis: String(hit.number) },
                          }}
                          className="font-semibold underline"
                        >
                          {hit.title}, {t("forum.ofPost", { number: hit.number })}
                        </Link>
                      </p>
                      <p className="text-slate-700">
                        {hit.category} · {hit.by} · {hit.when}
                      </p>
                      <p className="mt-1" lang="pl">
                        {hit.excerpt}
                      </p>
                    </li>
                  ))}
                </ol>
              )}
              <nav aria-label={t("ui.pagination")} className="mt-4 flex gap-4">
                {view.previousHref && (
                  <a href={view.previousHref} rel="prev" className="underline">
                    {t("ui.previousPage")}
                  </a>
                )}
                {view.nextHref && (
                  <a href={view.nextHref} rel="next" className="underline">
                    {t("forum.search.more")}
                  </a>
                )}
              </nav>
            </section>
          </>
        )}
      </ResultsWithFilters>
    </>
  );
}
