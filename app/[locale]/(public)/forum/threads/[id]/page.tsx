import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ComposerProvider } from "@/components/forum/composer-context";
import { PostComposer } from "@/components/forum/post-composer";
import { PostView } from "@/components/forum/post-view";
import { ReadMark } from "@/components/forum/read-mark";
import { ThreadModeration } from "@/components/forum/thread-moderation";
import { WatchButton } from "@/components/forum/watch-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { SignInToRead } from "@/components/forum/sign-in-to-read";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { PolishContentNotice } from "@/components/i18n/polish-content-notice";
import { actingForOptions } from "@/lib/auth/acting-as";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { isWatching } from "@/lib/forum/watching";
import { activeSuspension } from "@/lib/forum/writers";
import { pageParam } from "@/lib/forum/page-params";
import { movedPost } from "@/lib/forum/restructure";
import { allCategories, pageOfPost, postsPage, POSTS_PER_PAGE, threadForReader } from "@/lib/forum/queries";
import { redirect } from "next/navigation";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { pickLocalized } from "@/lib/settings/localized";
import { RECORD_ID } from "@/lib/validation/record-id";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const validId = (id: string) => RECORD_ID.test(id);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const thread = validId(id) ? await threadForReader(await getCurrentUser(), id) : null;
  if (!thread) return {};
  const page = pageParam((await searchParams).strona);
  const t = await getTranslations({ locale, namespace: "forum" });
  return pageTitle(locale, page > 1 ? t("pageTitle", { title: thread.title, page }) : thread.title, "forum");
}

/**
 * A thread, one page of posts at a time. ?wpis=N is a post's permanent
 * address: it leads to the page holding post N, scrolled to it. Once a page
 * is shown, ReadMark moves the reader's mark to its last post.
 */
export default async function ForumThreadPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { id } = await params;
  const search = await searchParams;
  const user = await getCurrentUser();
  const thread = validId(id) ? await threadForReader(user, id) : null;
  const t = await getTranslations({ locale });
  const here = getPathname({ href: { pathname: "/forum/threads/[id]", params: { id } }, locale });
  const wantedNumber = typeof search.wpis === "string" && /^\d{1,7}$/.test(search.wpis) ? Number(search.wpis) : null;
  // A post moved by a split or merge: its old address leads to where it is now.
  if (validId(id) && (!thread || (wantedNumber !== null && wantedNumber > thread.postCount))) {
    const moved = await movedPost(id, wantedNumber ?? 1);
    if (moved)
      redirect(
        `${getPathname({ href: { pathname: "/forum/threads/[id]", params: { id: moved.threadId } }, locale })}?wpis=${moved.number}`,
      );
  }
  if (!thread) {
    if (user || !validId(id)) notFound();
    return <SignInToRead next={here} locale={locale} />;
  }
  const totalPages = pageOfPost(thread.postCount);
  const wanted = wantedNumber !== null ? Math.min(wantedNumber, thread.postCount) : null;
  // The fragment takes the reader to the post itself (next-intl's redirect has no fragment, so the path is built here).
  if (wanted !== null) redirect(`${here}?strona=${pageOfPost(Math.max(1, wanted))}#wpis-${Math.max(1, wanted)}`);
  const page = Math.min(pageParam(search.strona), totalPages);
  const posts = await postsPage(user, thread.id, page);
  const firstUnread = thread.lastRead !== null && thread.lastRead < thread.postCount ? thread.lastRead + 1 : null;
  const [organisations, watching, suspension] = await Promise.all([
    user && thread.canWrite ? actingForOptions(user) : [],
    user ? isWatching(user.id, "ForumThread", thread.id) : false,
    user ? activeSuspension(user.id) : null,
  ]);
  const categoryName = pickLocalized(thread.category.name, locale);
  const moderator = can(user, "content.moderate");
  const categories = moderator
    ? (await allCategories()).map((category) => ({ id: category.id, name: pickLocalized(category.name, locale) }))
    : [];
  const pageHref = (p: number) => `${here}?strona=${p}`;
  return (
    <ClientMessages namespaces={["actingAs", "errors", "forms.errors", "forum", "ui"]}>
      <ComposerProvider>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("forum.title"), href: "/forum" },
            {
              label: categoryName,
              href: { pathname: "/forum/categories/[slug]", params: { slug: thread.category.slug } },
            },
            { label: thread.title },
          ]}
        />
        <h1 className="text-3xl font-bold" lang="pl">
          {thread.title}
        </h1>
        <PolishContentNotice kind="discussion" />
        <p className="mt-2 flex flex-wrap gap-x-3 text-slate-700">
          <span>{t("forum.posts", { count: thread.postCount })}</span>
          {thread.pinned && <span className="font-semibold text-slate-900">{t("forum.pinned")}</span>}
          {thread.locked && <span className="font-semibold text-slate-900">{t("forum.locked")}</span>}
          {totalPages > 1 && <span>{t("forum.pageOf", { page, total: totalPages })}</span>}
        </p>
        {user && <WatchButton type="ForumThread" id={thread.id} watching={watching} />}
        {moderator && <ThreadModeration thread={thread} categories={categories} />}
        {firstUnread !== null && thread.lastRead! > 0 && (
          <p className="mt-3">
            <Link
              href={{ pathname: "/forum/threads/[id]", params: { id }, query: { wpis: String(firstUnread) } }}
              className="font-semibold underline"
            >
              {t("forum.jumpToUnread")}
            </Link>
          </p>
        )}
        <Pagination page={page} totalPages={totalPages} href={pageHref} />
        <div className="max-w-4xl">
          {posts.map((post) => (
            <div key={post.id}>
              {firstUnread === post.number && thread.lastRead! > 0 && (
                <p
                  id="pierwszy-nieprzeczytany"
                  className="mt-4 border-t-4 border-blue-800 pt-1 font-semibold text-blue-900"
                >
                  {t("forum.newPostsFromHere")}
                </p>
              )}
              <PostView
                post={post}
                threadId={thread.id}
                permalink={`${here}?wpis=${post.number}`}
                canWrite={thread.canWrite}
                viewer={{ signedIn: user !== null, moderator }}
                locale={locale}
              />
            </div>
          ))}
        </div>
        <Pagination page={page} totalPages={totalPages} href={pageHref} />
        {user && posts.length > 0 && <ReadMark threadId={thread.id} upTo={posts[posts.length - 1]!.number} />}
        <section aria-labelledby="reply-heading" className="mt-8">
          <h2 id="reply-heading" className="text-2xl font-bold">
            {t("forum.replyHeading")}
          </h2>
          {thread.locked ? (
            <Alert tone="info">{t("forum.lockedNotice")}</Alert>
          ) : suspension ? (
            <Alert tone="info">
              {t("forum.suspendedNotice", { until: suspension.until, reason: suspension.reason })}
            </Alert>
          ) : thread.canWrite && user ? (
            <PostComposer
              target={{ kind: "reply", threadId: thread.id, categoryId: thread.categoryId }}
              personName={user.name}
              organisations={organisations}
            />
          ) : user ? (
            <p className="mt-2">{t("forum.readOnly", { access: t(`forum.access.${thread.category.access}`) })}</p>
          ) : (
            <p className="mt-2">
              <Link href={{ pathname: "/sign-in", query: { next: `${here}?strona=${page}` } }} className="underline">
                {t("forum.signInToWrite")}
              </Link>
            </p>
          )}
        </section>
      </ComposerProvider>
      {posts.length === POSTS_PER_PAGE && page < totalPages && <p className="sr-only">{t("forum.morePages")}</p>}
    </ClientMessages>
  );
}
