// What a forum thread's page shows to the person reading it, asked by the
// browser after the page loads (components/forum/thread-viewer.tsx). The page
// of a thread in a category open to visitors is the same for everyone, so it
// is served from the page cache to signed-in people too (lib/http/page-cache.ts);
// only this small answer is worked out per person: whether they may reply and
// for whom, what they may do with each post of the page, whether they watch
// the thread, how far they had read it, and the moderators' tools. Asking
// also moves their read mark to the page's last post, as showing the page did
// (a page rendered for a prefetch or kept in a cache marks nothing; this is
// asked only by a browser that shows the page).
import "server-only";
import { actingForOptions } from "@/lib/auth/acting-as";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { mayRead, mayWrite } from "@/lib/forum/access";
import { heldPostVersion } from "@/lib/forum/held-version";
import { mentionsAsMarkdown } from "@/lib/forum/mentions";
import { allCategories, pageOfPost, POSTS_PER_PAGE } from "@/lib/forum/queries";
import { markRead } from "@/lib/forum/read-marks";
import type { ThreadViewer, ThreadViewerPost } from "@/lib/forum/thread-viewer-types";
import { isWatching } from "@/lib/forum/watching";
import { activeSuspension } from "@/lib/forum/writers";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/settings/localized";
import { renderMarkdown } from "@/lib/text/markdown";

export type { ThreadViewer };

/** The signed-in person reading the page, as the session loads them (their name signs a reply). */
export type PageViewer = Actor & { name: string };

type ThreadRules = {
  id: string;
  locked: boolean;
  category: { access: "SIGNED_IN" | "REPRESENTATIVES" | "OFFICIALS"; openToPublic: boolean };
};

/** Whether and how the reader may reply to `thread`: also the reply page's answer (app/…/threads/[id]/reply). */
export async function replyStanding(actor: PageViewer, thread: ThreadRules) {
  const canWrite = mayWrite(actor, thread.category) && !thread.locked;
  const [suspension, organisations] = await Promise.all([
    canWrite ? activeSuspension(actor.id) : null,
    canWrite ? actingForOptions(actor) : [],
  ]);
  return {
    personName: actor.name,
    canWrite,
    mayReply: canWrite && !suspension,
    suspension,
    readOnly: !thread.locked && !mayWrite(actor, thread.category) ? thread.category.access : null,
    organisations: canWrite && !suspension ? organisations : [],
  };
}

/**
 * The reader's view of page `page` of the thread `threadId`; null when there
 * is none for them (no such thread, a category closed to them, a thread held
 * for review that is not theirs).
 */
export async function threadViewer(
  actor: PageViewer | null,
  threadId: string,
  page: number,
  locale: Locale,
  options: { markRead: boolean },
): Promise<ThreadViewer | null> {
  const thread = await db().forumThread.findUnique({
    where: { id: threadId },
    select: {
      id: true,
      postCount: true,
      locked: true,
      heldAt: true,
      authorId: true,
      category: { select: { access: true, openToPublic: true } },
      ...(actor ? { readMarks: { where: { userId: actor.id }, select: { lastReadNumber: true } } } : {}),
    },
  });
  // Asked on every view of the page, a visitor's too: this one read for them.
  if (!thread || !mayRead(actor, thread.category)) return null;
  const moderator = can(actor, "content.moderate");
  if (thread.heldAt && !moderator && thread.authorId !== actor?.id) return null;
  if (!actor) return { signedIn: false };
  const from = (Math.min(page, pageOfPost(thread.postCount)) - 1) * POSTS_PER_PAGE + 1;
  const lastRead = thread.readMarks?.[0]?.lastReadNumber ?? 0;
  // The page is on the reader's screen now: their mark moves to its last post (never back, never past the thread).
  const upTo = Math.min(from + POSTS_PER_PAGE - 1, thread.postCount);
  const [standing, watching, posts, categories] = await Promise.all([
    replyStanding(actor, thread),
    isWatching(actor.id, "ForumThread", thread.id),
    pagePosts(actor, thread.id, from, moderator),
    moderator ? allCategories() : [],
    options.markRead && upTo > lastRead ? markRead(actor.id, thread.id, upTo) : null,
  ]);
  return {
    signedIn: true,
    ...standing,
    watching,
    lastRead,
    moderator,
    categories: categories.map((category) => ({ id: category.id, name: pickLocalized(category.name, locale) })),
    posts,
  };
}

/** The reader's part of the posts numbered from `from`: theirs, their reactions, what only they may see. */
async function pagePosts(
  actor: Actor,
  threadId: string,
  from: number,
  moderator: boolean,
): Promise<ThreadViewerPost[]> {
  const posts = await db().forumPost.findMany({
    where: { threadId, number: { gte: from, lt: from + POSTS_PER_PAGE } },
    orderBy: { number: "asc" },
    select: {
      id: true,
      authorId: true,
      body: true,
      pendingBody: true,
      hiddenReason: true,
      deletedAt: true,
      hiddenAt: true,
      heldAt: true,
      reactions: { where: { userId: actor.id }, select: { userId: true } },
      images: { orderBy: { position: "asc" }, select: { id: true, alt: true, width: true, height: true } },
      ...(moderator
        ? { revisions: { orderBy: { replacedAt: "asc" as const }, select: { id: true, body: true, replacedAt: true } } }
        : {}),
    },
  });
  return posts.map((post) => {
    const mine = post.authorId === actor.id;
    // The shared page withholds the text of a deleted, hidden or held post (lib/forum/queries.ts, postsPage).
    const withheldFromAll = post.deletedAt !== null || post.hiddenAt !== null || post.heldAt !== null;
    const seesText = moderator || (mine && post.deletedAt === null);
    const extra = moderator || mine;
    return {
      id: post.id,
      mine,
      markedHelpful: post.reactions.length > 0,
      withheld:
        extra && (withheldFromAll || post.pendingBody !== null)
          ? {
              bodyHtml: withheldFromAll && seesText ? renderMarkdown(mentionsAsMarkdown(post.body), 3) : null,
              images: withheldFromAll && seesText ? post.images : [],
              hiddenReason: post.hiddenReason,
              editHeld: post.pendingBody !== null && post.hiddenAt === null,
            }
          : null,
      shown: moderator ? heldPostVersion(post) : null,
      revisions: post.revisions ?? [],
    };
  });
}
