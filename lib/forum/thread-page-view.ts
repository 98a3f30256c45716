// What a forum thread's page shows, the same for every reader who may open
// it: the thread, its state and one page of its posts as visitors see them (a
// deleted, hidden or held post's text withheld). Nothing here knows who reads
// it: what concerns the reader (the reply form, their posts' controls, what
// only they may see of a post, watching, unread posts, the moderators' tools)
// is asked by the browser from lib/forum/thread-viewer.ts. A thread visitors
// may read is therefore served from the page cache to signed-in people too
// (lib/cache/shared-threads.ts); a members' category's thread is rendered for
// each reader, only to decide whether they may open it.
import { cache } from "react";
import type { Actor } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { publicDataGeneration } from "@/lib/cache/public-data";
import { pageOfPost, postsPage, threadForReader, type ThreadForReader } from "@/lib/forum/queries";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/settings/localized";
import { isRecordId } from "@/lib/validation/record-id";

export type ReadableThread = Omit<ThreadForReader, "lastRead" | "canWrite">;

/**
 * The thread `threadId` if `reader` may open it; with no reader, the thread
 * if visitors may (its page is then the same for everyone). Reads no session.
 */
export async function readableThread(reader: Actor | null, threadId: string): Promise<ReadableThread | null> {
  const thread = await threadForReader(reader, threadId);
  if (!thread) return null;
  // Whether this reader may write and how far they read is the browser's question, not the page's.
  const { lastRead: _lastRead, canWrite: _canWrite, ...shown } = thread;
  return shown;
}

type PageThread = {
  thread: ReadableThread | null;
  shared: boolean;
  signedIn: boolean;
  /** The generation of public data it was read in (lib/cache/shared-threads.ts). */
  generation: number;
};

/**
 * The thread of page `threadId` and how it is read: `shared` when visitors may
 * read it (then no session is read, and the page is the same for everyone);
 * otherwise the signed-in reader's, if they may open it (a members' category,
 * a thread held for review that is theirs), and whether anyone is signed in.
 * Once per request: the page's title and the page itself ask.
 */
export const threadForPage = cache(async (threadId: string): Promise<PageThread> => {
  // Taken before reading: a thread read while public data changed does not vouch for its page.
  const generation = publicDataGeneration();
  if (!isRecordId(threadId)) return { thread: null, shared: false, signedIn: false, generation };
  const shared = await readableThread(null, threadId);
  if (shared) return { thread: shared, shared: true, signedIn: false, generation };
  const user = await getCurrentUser();
  const thread = user && (await readableThread(user, threadId));
  return { thread, shared: false, signedIn: user !== null, generation };
});

export type ThreadPageView = {
  thread: ReadableThread;
  categoryName: string;
  /** The page shown: the one asked for, at most the last. */
  page: number;
  totalPages: number;
  posts: Awaited<ReturnType<typeof postsPage>>;
  /**
   * A short digest of what the reader's answer depends on (the thread's state,
   * the page's posts and their states): a refresh after a reply, an edit or a
   * moderator's decision changes it, and the browser asks again.
   */
  revision: string;
};

/** FNV-1a over `text`, as 8 hex digits: only to tell two states apart, nothing secret. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** Page `requestedPage` of `thread`, as every reader who may open it sees it. */
export async function threadPageView(
  thread: ReadableThread,
  requestedPage: number,
  locale: Locale,
): Promise<ThreadPageView> {
  const totalPages = pageOfPost(thread.postCount);
  const page = Math.min(requestedPage, totalPages);
  // Posts as a visitor sees them: what more the reader may see comes from the browser.
  const posts = await postsPage(null, thread.id, page);
  const state = [thread.postCount, thread.locked, thread.pinned, thread.categoryId, thread.heldAt?.getTime()]
    .concat(
      posts.map((post) =>
        [
          post.id,
          post.editedAt?.getTime(),
          post.hiddenAt?.getTime(),
          post.heldAt?.getTime(),
          post.deletedAt?.getTime(),
        ].join(":"),
      ),
    )
    .join("|");
  return {
    thread,
    categoryName: pickLocalized(thread.category.name, locale),
    page,
    totalPages,
    posts,
    revision: digest(state),
  };
}
