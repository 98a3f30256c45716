import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ComposerProvider } from "@/components/forum/composer-context";
import { PostView } from "@/components/forum/post-view";
import { SignInToRead } from "@/components/forum/sign-in-to-read";
import {
  ThreadReply,
  ThreadTools,
  ThreadViewerProvider,
  UnreadJump,
  UnreadMarker,
} from "@/components/forum/thread-viewer";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PolishContentNotice } from "@/components/i18n/polish-content-notice";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { threadIsNotShared, threadIsShared } from "@/lib/cache/shared-threads";
import { pageParam } from "@/lib/forum/page-params";
import { pageOfPost, POSTS_PER_PAGE } from "@/lib/forum/queries";
import { movedPost } from "@/lib/forum/restructure";
import { threadForPage, threadPageView } from "@/lib/forum/thread-page-view";
import { getPathname } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { isRecordId } from "@/lib/validation/record-id";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { thread } = await threadForPage((await params).id);
  if (!thread) return {};
  const page = pageParam((await searchParams).strona);
  const t = await getTranslations({ locale, namespace: "forum" });
  return pageTitle(locale, page > 1 ? t("pageTitle", { title: thread.title, page }) : thread.title, "forum");
}

/**
 * A thread, one page of posts at a time. ?wpis=N is a post's permanent
 * address: it leads to the page holding post N, scrolled to it. What concerns
 * the reader comes from the browser (components/forum/thread-viewer.tsx),
 * which also moves their read mark to the page's last post.
 */
export default async function ForumThreadPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { id } = await params;
  const search = await searchParams;
  const { thread, shared, signedIn, generation } = await threadForPage(id);
  const here = getPathname({ href: { pathname: "/forum/threads/[id]", params: { id } }, locale });
  const wantedNumber = typeof search.wpis === "string" && /^\d{1,7}$/.test(search.wpis) ? Number(search.wpis) : null;
  // A post moved by a split or merge: its old address leads to where it is now.
  if (isRecordId(id) && (!thread || (wantedNumber !== null && wantedNumber > thread.postCount))) {
    const moved = await movedPost(id, wantedNumber ?? 1);
    if (moved)
      redirect(
        `${getPathname({ href: { pathname: "/forum/threads/[id]", params: { id: moved.threadId } }, locale })}?wpis=${moved.number}`,
      );
  }
  if (!thread) {
    if (signedIn || !isRecordId(id)) notFound();
    // Closed to visitors (or gone): a signed-in reader's request keeps its session for this thread.
    threadIsNotShared(id);
    return <SignInToRead next={here} locale={locale} />;
  }
  const wanted = wantedNumber !== null ? Math.min(wantedNumber, thread.postCount) : null;
  // The fragment takes the reader to the post itself (next-intl's redirect has no fragment, so the path is built here).
  if (wanted !== null) redirect(`${here}?strona=${pageOfPost(Math.max(1, wanted))}#wpis-${Math.max(1, wanted)}`);
  const view = await threadPageView(thread, pageParam(search.strona), locale);
  // Signed-in readers of this thread may now be served the same copy (lib/http/page-cache.ts).
  if (shared) threadIsShared(thread.id, generation);
  const t = await getTranslations({ locale });
  const { page, totalPages, posts } = view;
  const pageHref = (p: number) => `${here}?strona=${p}`;
  return (
    <ClientMessages namespaces={["actingAs", "errors", "forms.errors", "forum", "ui"]}>
      <ThreadViewerProvider threadId={thread.id} page={page} revision={view.revision}>
        <ComposerProvider>
          <Breadcrumbs
            items={[
              { label: t("nav.home"), href: "/" },
              { label: t("forum.title"), href: "/forum" },
              {
                label: view.categoryName,
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
          <ThreadTools
            thread={{ id: thread.id, locked: thread.locked, pinned: thread.pinned, categoryId: thread.categoryId }}
          />
          <UnreadJump threadId={thread.id} postCount={thread.postCount} />
          <Pagination page={page} totalPages={totalPages} href={pageHref} />
          <div className="max-w-4xl">
            {posts.map((post) => (
              // `relative`: the unread marker is laid over the gap above the post (UnreadMarker), not put in the flow.
              <div key={post.id} className="relative">
                <UnreadMarker number={post.number} postCount={thread.postCount} />
                <PostView post={post} threadId={thread.id} permalink={`${here}?wpis=${post.number}`} locale={locale} />
              </div>
            ))}
          </div>
          <Pagination page={page} totalPages={totalPages} href={pageHref} />
          <section aria-labelledby="reply-heading" className="mt-8">
            <h2 id="reply-heading" className="text-2xl font-bold">
              {t("forum.replyHeading")}
            </h2>
            {thread.locked ? (
              <Alert tone="info">{t("forum.lockedNotice")}</Alert>
            ) : (
              <ThreadReply
                thread={{ id: thread.id, categoryId: thread.categoryId }}
                signInNext={`${here}?strona=${page}`}
              />
            )}
          </section>
        </ComposerProvider>
      </ThreadViewerProvider>
      {posts.length === POSTS_PER_PAGE && page < totalPages && <p className="sr-only">{t("forum.morePages")}</p>}
    </ClientMessages>
  );
}
