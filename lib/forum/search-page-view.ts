// What the forum's search page shows, read and shaped in one place so the page
// only lays it out: the words as read from the address (?q=, ?strona=), the
// matching thread titles (first page only) and one page of posts in the
// categories the reader may read, how many of each (one status line, so a
// title found with no post in it does not read as "nothing found"), the words as a chip, the
// previous and next page links and, when nothing was found, what the corrected
// words find ("did you mean"). Unlike the other lists this one depends on the
// reader (what they may read), so it is not a shared page.
import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { plainExcerpt } from "@/lib/forum/excerpt";
import { pageParam } from "@/lib/forum/page-params";
import {
  countPosts,
  countThreads,
  forumCorrection,
  searchable,
  searchPosts,
  searchThreads,
  SEARCH_PAGE_SIZE,
} from "@/lib/forum/search";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { filterChips } from "@/lib/search/filter-chips";
import { pickLocalized } from "@/lib/settings/localized";

export async function forumSearchView(
  raw: Record<string, string | string[] | undefined>,
  locale: Locale,
  actor: Actor | null,
) {
  const q = typeof raw.q === "string" ? raw.q.trim() : "";
  const page = pageParam(raw.strona);
  const valid = searchable(q);
  const [t, format, found] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    Promise.all([
      valid && page === 1 ? searchThreads(actor, q) : [],
      valid ? searchPosts(actor, q, page) : { hits: [], more: false },
      valid ? countPosts(actor, q) : { count: 0, more: false },
      valid ? countThreads(actor, q) : { count: 0, more: false },
    ]),
  ]);
  let [threads, posts, total, threadTotal] = found;
  // Nothing found: the corrected query's results, with "did you mean …".
  const correction =
    valid && page === 1 && threads.length === 0 && posts.hits.length === 0
      ? await forumCorrection(actor, q)
      : undefined;
  if (correction)
    [threads, posts, total, threadTotal] = await Promise.all([
      searchThreads(actor, correction.query),
      searchPosts(actor, correction.query, 1),
      countPosts(actor, correction.query),
      countThreads(actor, correction.query),
    ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const path = getPathname({ href: "/forum/search", locale });
  const pageHref = (p: number) => `${path}?${new URLSearchParams({ q: correction?.query ?? q, strona: String(p) })}`;
  return {
    q,
    valid,
    page,
    signedIn: actor !== null,
    /** Thread titles that match, on the first page only. */
    threads: threads.map((thread) => ({
      id: thread.id,
      title: thread.title,
      category: pickLocalized(thread.categoryName, locale),
      postCount: thread.postCount,
      lastPost: when(thread.lastPostAt),
    })),
    posts: posts.hits.map((hit) => ({
      id: hit.id,
      threadId: hit.threadId,
      number: hit.number,
      title: hit.title,
      category: pickLocalized(hit.categoryName, locale),
      // Written for an organisation: its name; a deleted account is not named.
      by: hit.organisation ?? (hit.author && !hit.authorGone ? hit.author : t("forum.deletedUser")),
      when: when(hit.createdAt),
      excerpt: plainExcerpt(hit.excerpt),
    })),
    /** The number the page's first post has in the whole list (the <ol>'s start). */
    firstNumber: (page - 1) * SEARCH_PAGE_SIZE + 1,
    /** Counted up to a cap; `more`: there are more than `count`. */
    total,
    /** The status line: how many thread titles and posts the words find; none before valid words. */
    count: !valid
      ? undefined
      : total.count === 0 && threadTotal.count === 0
        ? t("forum.search.foundNone")
        : t("forum.search.found", {
            threads: threadTotal.count,
            threadsMore: String(threadTotal.more),
            posts: total.count,
            postsMore: String(total.more),
          }),
    previousHref: page > 1 ? pageHref(page - 1) : undefined,
    nextHref: posts.more ? pageHref(page + 1) : undefined,
    // The one filter is the words; removing them leaves the empty search page.
    chips: filterChips(
      path,
      { q: valid ? q : undefined, strona: page },
      valid ? [{ key: "q", field: t("search.words"), value: q }] : [],
      ({ q: words }) => (words ? `?${new URLSearchParams({ q: words })}` : ""),
      "strona",
    ),
    didYouMean: correction
      ? { original: q, correction, href: `${path}?${new URLSearchParams({ q: correction.query })}` }
      : undefined,
  };
}
