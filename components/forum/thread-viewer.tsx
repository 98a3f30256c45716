"use client";

// The personal parts of a forum thread's page. The page is the same for
// everyone who may open it (a thread open to visitors is served from the page
// cache to signed-in people too); who is reading is asked here after it loads,
// from /api/forum/threads/[id]/viewer (lib/forum/thread-viewer.ts), which also
// moves their read mark to the page's last post: the watch button, the
// moderators' tools (behind a button beside it), the way to the first unread post and its marker, each
// post's controls (components/forum/post-reader-parts.tsx, found by the post's
// id) and the reply form. Asked again when a refresh changed the page's posts
// (`revision`); if the answer cannot be had, the reply section says so and
// offers to ask again. Until it comes the page is the visitor's; without
// JavaScript it keeps the invitation to sign in and a link to the reply page.
import { useLocale, useTranslations } from "next-intl";
import { createContext, useContext, useId, useMemo, useState, type ReactNode } from "react";
import { PostComposer } from "@/components/forum/post-composer";
import { usePostAnchor } from "@/components/forum/use-post-anchor";
import { ThreadModeration } from "@/components/forum/thread-moderation";
import { WatchButton } from "@/components/forum/watch-button";
import { ChevronIcon } from "@/components/layout/chevron-icon";
import { ReaderAnswerFailed } from "@/components/layout/reader-answer-failed";
import { useReaderAnswer } from "@/components/layout/use-reader-answer";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ThreadViewer, ThreadViewerPost } from "@/lib/forum/thread-viewer-types";
import { Link } from "@/lib/i18n/navigation";

type SignedIn = Extract<ThreadViewer, { signedIn: true }>;
type State = {
  viewer: ThreadViewer | null;
  failed: boolean;
  reload: () => void;
  posts: ReadonlyMap<string, ThreadViewerPost>;
};

const ViewerContext = createContext<State>({ viewer: null, failed: false, reload: () => {}, posts: new Map() });

// The places kept for the reader's parts until the answer comes, so that nothing on the page moves when they arrive
// (components/forum/thread-viewer-layout.test.tsx). The watch button's row is one button high, under the thread's title; a
// moderator's tools open from a button in that row, so they take no room until asked for (and a shift that follows a
// click is not the page moving by itself).
// A button is its 1.6 line (globals.css), 0.5rem above and below, and a 2 px border: 45.6 px, not min-h-11's 44.
const TOOLS_SLOT = "mt-3 min-h-[calc(2.6rem+4px)]";
// The way to the first unread post: one line (1.6rem) from 640 px, two below (its words wrap on a phone).
const UNREAD_SLOT = "mt-3 min-h-[3.2rem] sm:min-h-[1.6rem]";
// The reply form's height (about 1,050 px at 1280 px with two organisations, more on a phone): it ends below the
// fold, so the footer is out of sight before the form arrives, and whatever the form adds moves nothing in sight.
const REPLY_SLOT = "min-h-[66rem]";

/** Asks who is reading page `page` of the thread, once per load and whenever `revision` changes. */
export function ThreadViewerProvider({
  threadId,
  page,
  revision,
  children,
}: {
  threadId: string;
  page: number;
  revision: string;
  children: ReactNode;
}) {
  const locale = useLocale();
  const query = new URLSearchParams({ page: String(page), locale, v: revision });
  const { answer, failed, reload } = useReaderAnswer<ThreadViewer>(
    `/api/forum/threads/${encodeURIComponent(threadId)}/viewer?${query}`,
  );
  const posts = useMemo(
    () => new Map(answer?.signedIn ? answer.posts.map((post) => [post.id, post] as const) : []),
    [answer],
  );
  usePostAnchor(answer !== null || failed);
  return <ViewerContext.Provider value={{ viewer: answer, failed, reload, posts }}>{children}</ViewerContext.Provider>;
}

/** The signed-in reader's answer (null for visitors and until it comes), and their part of post `postId`. */
export function useThreadReader(postId?: string): { viewer: SignedIn | null; post: ThreadViewerPost | null } {
  const { viewer, posts } = useContext(ViewerContext);
  const signedIn = viewer?.signedIn ? viewer : null;
  return { viewer: signedIn, post: (signedIn && postId && posts.get(postId)) || null };
}

/** Whether the answer has come (or cannot be had): the places kept for it stop being busy then. */
export function useThreadAnswered(): boolean {
  const { viewer, failed } = useContext(ViewerContext);
  return viewer !== null || failed;
}

/**
 * Watching the thread (every reply comes as a notification) and, for a
 * moderator, the button that opens the thread's tools below it. The row, one
 * button high, is kept for everyone, so the posts below do not move when it comes.
 */
export function ThreadTools({
  thread,
}: {
  thread: { id: string; locked: boolean; pinned: boolean; categoryId: string };
}) {
  const t = useTranslations("forum.moderation");
  const { viewer } = useThreadReader();
  const answered = useThreadAnswered();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={TOOLS_SLOT} aria-busy={!answered}>
      {viewer && (
        <div className="flex flex-wrap gap-3">
          <WatchButton type="ForumThread" id={thread.id} watching={viewer.watching} compact />
          {viewer.moderator && (
            <Button variant="secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
              {t("threadHeading")}
              <ChevronIcon open={open} />
            </Button>
          )}
        </div>
      )}
      {viewer?.moderator && (
        <div id={panelId} hidden={!open}>
          <ThreadModeration thread={thread} categories={viewer.categories} />
        </div>
      )}
    </div>
  );
}

/** The first post the reader has not read, if they read the thread before and there is one. */
function firstUnread(viewer: SignedIn | null, postCount: number): number | null {
  if (!viewer || viewer.lastRead === 0 || viewer.lastRead >= postCount) return null;
  return viewer.lastRead + 1;
}

/** The way to the first unread post, above the posts, in a place kept for everyone. */
export function UnreadJump({ threadId, postCount }: { threadId: string; postCount: number }) {
  const answered = useThreadAnswered();
  return (
    <div className={UNREAD_SLOT} aria-busy={!answered}>
      <UnreadLink threadId={threadId} postCount={postCount} />
    </div>
  );
}

function UnreadLink({ threadId, postCount }: { threadId: string; postCount: number }) {
  const t = useTranslations("forum");
  const { viewer } = useThreadReader();
  const first = firstUnread(viewer, postCount);
  if (first === null) return null;
  return (
    <p>
      <Link
        href={{ pathname: "/forum/threads/[id]", params: { id: threadId }, query: { wpis: String(first) } }}
        className="font-semibold underline"
      >
        {t("jumpToUnread")}
      </Link>
    </p>
  );
}

/**
 * "New posts from here", before the first unread post when it is post `number`: a blue line on the post's top edge with
 * a one-line tab above it. It comes with the answer, after the posts are drawn, so it takes no room of its own (a line
 * in the flow pushed every post below it down): it is laid over the gap above the post, in a wrapper that is
 * `relative`, from 18 px above the post's top (the previous post's 16 px bottom padding and its 2 px border, or the
 * page links' 24 px margin for a page's first post; page 1's first post is never the first unread one) to 2 px into
 * the post's own 16 px top padding. Its words are short enough to stay on one line at 320 px; with more line height
 * (text spacing) it grows downwards, into the post's padding, not over the post above.
 */
export function UnreadMarker({ number, postCount }: { number: number; postCount: number }) {
  const t = useTranslations("forum");
  const { viewer } = useThreadReader();
  if (firstUnread(viewer, postCount) !== number) return null;
  return (
    <p
      id="pierwszy-nieprzeczytany"
      className="pointer-events-none absolute inset-x-0 -top-[18px] border-b-4 border-blue-800 text-right text-sm leading-4 font-semibold"
    >
      <span className="inline-block rounded-t bg-blue-800 px-2 text-white">{t("newPostsFromHere")}</span>
    </p>
  );
}

/**
 * The reply section's body for an open thread: the form for those who may
 * reply, why not for those who may not, the invitation to sign in for
 * visitors. Without JavaScript: the invitation and the reply page's link.
 * Until the answer comes, and while it holds the form, its place is the
 * form's height; for anyone else it shrinks, after the posts, where that moves nothing above it.
 */
export function ThreadReply({
  thread,
  signInNext,
}: {
  thread: { id: string; categoryId: string };
  signInNext: string;
}) {
  const { viewer } = useContext(ViewerContext);
  const answered = useThreadAnswered();
  const form = viewer?.signedIn && !viewer.suspension && viewer.mayReply;
  return (
    <div className={!answered || form ? REPLY_SLOT : undefined} aria-busy={!answered}>
      <ReplyBody thread={thread} signInNext={signInNext} />
    </div>
  );
}

function ReplyBody({ thread, signInNext }: { thread: { id: string; categoryId: string }; signInNext: string }) {
  const t = useTranslations("forum");
  const { viewer, failed, reload } = useContext(ViewerContext);
  const signIn = (
    <p className="mt-2">
      <Link href={{ pathname: "/sign-in", query: { next: signInNext } }} className="underline">
        {t("signInToWrite")}
      </Link>
    </p>
  );
  if (!viewer) {
    if (failed) return <ReaderAnswerFailed retry={reload} />;
    return (
      <noscript>
        {signIn}
        <p className="mt-2">
          <Link href={{ pathname: "/forum/threads/[id]/reply", params: { id: thread.id } }} className="underline">
            {t("replyOnItsPage")}
          </Link>
        </p>
      </noscript>
    );
  }
  if (!viewer.signedIn) return signIn;
  if (viewer.suspension)
    return (
      <Alert tone="info">
        {t("suspendedNotice", { until: new Date(viewer.suspension.until), reason: viewer.suspension.reason })}
      </Alert>
    );
  if (viewer.mayReply)
    return (
      <PostComposer
        target={{ kind: "reply", threadId: thread.id, categoryId: thread.categoryId }}
        personName={viewer.personName}
        organisations={viewer.organisations}
      />
    );
  return viewer.readOnly && <p className="mt-2">{t("readOnly", { access: t(`access.${viewer.readOnly}`) })}</p>;
}
