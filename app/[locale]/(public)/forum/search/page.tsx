import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForumSearchForm } from "@/components/forum/search-form";
import { DidYouMean } from "@/components/search/did-you-mean";
import { ResultsWithFilters } from "@/components/search/results-with-filters";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { getCurrentUser } from "@/lib/auth/session";
import { plainExcerpt } from "@/lib/forum/excerpt";
import { pageParam } from "@/lib/forum/page-params";
import { countPosts, forumCorrection, searchable, searchPosts, searchThreads } from "@/lib/forum/search";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { filterChips } from "@/lib/search/filter-chips";
import { pickLocalized } from "@/lib/settings/localized";

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
  const search = await searchParams;
  const q = typeof search.q === "string" ? search.q.trim() : "";
  const page = pageParam(search.strona);
  const user = await getCurrentUser();
  const valid = searchable(q);
  const [t, format, found] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    Promise.all([
      valid && page === 1 ? searchThreads(user, q) : [],
      valid ? searchPosts(user, q, page) : { hits: [], more: false },
      valid ? countPosts(user, q) : { count: 0, more: false },
    ]),
  ]);
  let [threads, posts, total] = found;
  // Nothing found: the corrected query's results, with "did you mean …".
  const correction =
    valid && page === 1 && threads.length === 0 && posts.hits.length === 0 ? await forumCorrection(user, q) : undefined;
  if (correction)
    [threads, posts, total] = await Promise.all([
      searchThreads(user, correction.query),
      searchPosts(user, correction.query, 1),
      countPosts(user, correction.query),
    ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const path = getPathname({ href: "/forum/search", locale });
  const pageHref = (p: number) => `${path}?${new URLSearchParams({ q: correction?.query ?? q, strona: String(p) })}`;
  // The one filter is the words; removing them leaves the empty search page.
  const chips = filterChips(
    path,
    { q: valid ? q : undefined, strona: page },
    valid ? [{ key: "q", field: t("search.words"), value: q }] : [],
    ({ q: words }) => (words ? `?${new URLSearchParams({ q: words })}` : ""),
    "strona",
  );
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
        filters={<ForumSearchForm locale={locale} q={q} framed />}
        open={!valid}
        count={
          valid ? t(total.more ? "forum.search.foundMore" : "forum.search.found", { count: total.count }) : undefined
        }
        chips={chips}
      >
        {!user && <p className="mt-3 max-w-3xl">{t("forum.search.visitorScope")}</p>}
        {q && !valid && <p className="mt-4">{t("forum.search.noWords")}</p>}
        {valid && (
          <>
            {correction && (
              <DidYouMean
                original={q}
                correction={correction}
                href={`${path}?${new URLSearchParams({ q: correction.query })}`}
              />
            )}
            {threads.length > 0 && (
              <section aria-labelledby="thread-hits" className="mt-6 max-w-4xl">
                <h2 id="thread-hits" className="text-2xl font-bold">
                  {t("forum.search.threads")}
                </h2>
                <ul className="mt-3 space-y-2">
                  {threads.map((thread) => (
                    <li key={thread.id}>
                      <Link
                        href={{ pathname: "/forum/threads/[id]", params: { id: thread.id } }}
                        className="font-semibold underline"
                      >
                        {thread.title}
                      </Link>{" "}
                      <span className="text-slate-700">
                        · {pickLocalized(thread.categoryName, locale)} · {t("forum.posts", { count: thread.postCount })}{" "}
                        · {t("forum.lastPost", { when: when(thread.lastPostAt) })}
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
              {posts.hits.length === 0 ? (
                <EmptyState title={page === 1 ? t("forum.search.nothing", { q }) : t("forum.search.noMore")} />
              ) : (
                <ol className="mt-3 space-y-4" start={(page - 1) * 20 + 1}>
                  {posts.hits.map((hit) => (
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
                        {pickLocalized(hit.categoryName, locale)} ·{" "}
                        {hit.organisation ?? (hit.author && !hit.authorGone ? hit.author : t("forum.deletedUser"))} ·{" "}
                        {when(hit.createdAt)}
                      </p>
                      <p className="mt-1" lang="pl">
                        {plainExcerpt(hit.excerpt)}
                      </p>
                    </li>
                  ))}
                </ol>
              )}
              <nav aria-label={t("ui.pagination")} className="mt-4 flex gap-4">
                {page > 1 && (
                  <a href={pageHref(page - 1)} rel="prev" className="underline">
                    {t("ui.previousPage")}
                  </a>
                )}
                {posts.more && (
                  <a href={pageHref(page + 1)} rel="next" className="underline">
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
