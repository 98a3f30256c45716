// Reading the forum: a category's threads, a page of a thread's posts, and
// how far the reader has read. Pages of posts are ranges of post numbers
// (`@@unique([threadId, number])`), so page 250 of a long thread costs what
// page 1 does. Also what waits for the moderators, and the blocked words.
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mayRead, mayWrite } from "@/lib/forum/access";
import { heldPostVersion } from "@/lib/forum/held-version";
import { queueWindow, type QueueFilters } from "@/lib/moderation/queue";

export const THREADS_PER_PAGE = 25;
export const POSTS_PER_PAGE = 20;

/** The page of a thread a post number is on. */
export const pageOfPost = (number: number) => Math.max(1, Math.ceil(number / POSTS_PER_PAGE));

const person = { select: { id: true, name: true, deletedAt: true } } as const;
const organisation = { select: { id: true, name: true, slug: true } } as const;

/** A category's threads, pinned first, then by the latest post; with what the reader has not read yet. */
export async function threadsIn(actor: Actor | null, categoryId: string, page: number) {
  // Threads held for review are listed only for their authors and the moderators.
  const where = can(actor, "content.moderate")
    ? { categoryId }
    : { categoryId, OR: [{ heldAt: null }, ...(actor ? [{ authorId: actor.id }] : [])] };
  const [total, threads] = await Promise.all([
    db().forumThread.count({ where }),
    db().forumThread.findMany({
      where,
      orderBy: [{ pinned: "desc" }, { lastPostAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * THREADS_PER_PAGE,
      take: THREADS_PER_PAGE,
      include: {
        author: person,
        organisation,
        ...(actor ? { readMarks: { where: { userId: actor.id }, select: { lastReadNumber: true } } } : {}),
      },
    }),
  ]);
  return {
    total,
    totalPages: Math.max(1, Math.ceil(total / THREADS_PER_PAGE)),
    threads: threads.map(({ readMarks, ...thread }) => {
      const lastRead = actor ? (readMarks?.[0]?.lastReadNumber ?? 0) : null;
      return { ...thread, lastRead, unread: lastRead === null ? 0 : Math.max(0, thread.postCount - lastRead) };
    }),
  };
}
export type ThreadListing = Awaited<ReturnType<typeof threadsIn>>["threads"][number];

/** The thread with its category, if this person may read it. */
export async function threadForReader(actor: Actor | null, threadId: string) {
  const thread = await db().forumThread.findUnique({
    where: { id: threadId },
    include: { category: true, author: person, organisation },
  });
  if (!thread || !mayRead(actor, thread.category)) return null;
  if (thread.heldAt && !can(actor, "content.moderate") && thread.authorId !== actor?.id) return null;
  const lastRead = actor
    ? ((
        await db().forumReadMark.findUnique({
          where: { userId_threadId: { userId: actor.id, threadId } },
          select: { lastReadNumber: true },
        })
      )?.lastReadNumber ?? 0)
    : null;
  return { ...thread, lastRead, canWrite: mayWrite(actor, thread.category) && !thread.locked };
}
export type ThreadForReader = NonNullable<Awaited<ReturnType<typeof threadForReader>>>;

/**
 * One page of posts. A deleted post keeps its place with its text withheld
 * (moderators still see it, with every earlier wording of edited posts).
 */
export async function postsPage(actor: Actor | null, threadId: string, page: number) {
  const from = (page - 1) * POSTS_PER_PAGE + 1;
  const moderator = can(actor, "content.moderate");
  const posts = await db().forumPost.findMany({
    where: { threadId, number: { gte: from, lt: from + POSTS_PER_PAGE } },
    orderBy: { number: "asc" },
    include: {
      author: person,
      organisation,
      _count: { select: { reactions: true } },
      images: { orderBy: { position: "asc" }, select: { id: true, alt: true, width: true, height: true } },
      ...(actor ? { reactions: { where: { userId: actor.id }, select: { userId: true } } } : {}),
      ...(moderator
        ? { revisions: { orderBy: { replacedAt: "asc" as const }, select: { id: true, body: true, replacedAt: true } } }
        : {}),
    },
  });
  return posts.map(({ reactions, revisions, body, hiddenReason, pendingBody, ...post }) => {
    const mine = actor !== null && post.authorId === actor.id;
    // A hidden post's text and reason: for moderators and its author; a deleted post's text: for moderators.
    const withheld =
      (post.deletedAt !== null && !moderator) ||
      ((post.hiddenAt !== null || post.heldAt !== null) && !moderator && !mine);
    return {
      ...post,
      body: withheld ? null : body,
      images: withheld ? [] : post.images,
      hiddenReason: moderator || mine ? hiddenReason : null,
      // An edit waiting for a moderator: for moderators and its author only.
      pendingBody: moderator || mine ? pendingBody : null,
      // What a moderator letting the post through was shown (lib/forum/held-version.ts).
      shown: moderator ? heldPostVersion({ body, pendingBody }) : null,
      helpfulCount: post._count.reactions,
      markedHelpful: (reactions?.length ?? 0) > 0,
      mine,
      revisions: revisions ?? [],
    };
  });
}
export type PostOnPage = Awaited<ReturnType<typeof postsPage>>[number];

/** Remembers that the reader saw posts up to `number` (never going back). */
export async function markRead(
  userId: string,
  threadId: string,
  number: number,
  client: Prisma.TransactionClient | ReturnType<typeof db> = db(),
): Promise<void> {
  await client.$executeRaw`
    INSERT INTO "ForumReadMark" ("userId", "threadId", "lastReadNumber", "updatedAt") VALUES (${userId}, ${threadId}, ${number}, now())
    ON CONFLICT ("userId", "threadId") DO UPDATE SET "lastReadNumber" = GREATEST("ForumReadMark"."lastReadNumber", EXCLUDED."lastReadNumber"), "updatedAt" = now()`;
}

// The moderators' queue and the blocked words (decisions: lib/forum/moderation.ts).

/**
 * What waits for the moderators: posts held for a blocked word, then posts
 * with open flags (the most recently flagged first), with the flags' reasons
 * and notes.
 */
export async function moderationQueue(filters: QueueFilters = {}) {
  const window = queueWindow(filters);
  // The moderators' filters in the forum: a topic is a category, an author the person who wrote the post.
  const narrowed: Prisma.ForumPostWhereInput = {
    ...(filters.topic ? { thread: { categoryId: filters.topic } } : {}),
    ...(filters.author ? { authorId: filters.author } : {}),
  };
  const held = await db().forumPost.findMany({
    where: {
      ...narrowed,
      OR: [{ heldAt: { not: null } }, { pendingBody: { not: null } }],
      hiddenAt: null,
      deletedAt: null,
    },
    orderBy: [{ heldAt: "desc" }, { editedAt: "desc" }],
    ...window,
    select: { id: true },
  });
  const flagged = await db().forumFlag.groupBy({
    by: ["postId"],
    where: { resolvedAt: null, ...(filters.topic || filters.author ? { post: narrowed } : {}) },
    _max: { createdAt: true },
    orderBy: { _max: { createdAt: "desc" } },
    ...window,
  });
  const ids = [...new Set([...held.map((p) => p.id), ...flagged.map((f) => f.postId)])];
  const posts = await db().forumPost.findMany({
    where: { id: { in: ids } },
    include: {
      author: {
        select: {
          id: true,
          name: true,
          createdAt: true,
          // A suspension in force: the moderator may lift it from the queue.
          forumSuspensions: {
            where: { liftedAt: null, until: { gt: new Date() } },
            orderBy: { until: "desc" },
            take: 1,
            select: { until: true },
          },
        },
      },
      thread: { select: { id: true, title: true } },
      flags: {
        where: { resolvedAt: null },
        orderBy: { createdAt: "asc" },
        select: { reason: true, note: true, createdAt: true },
      },
    },
  });
  const order = new Map(ids.map((id, index) => [id, index]));
  return posts
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((post) => ({ ...post, shown: heldPostVersion(post) }));
}
export type QueuedPost = Awaited<ReturnType<typeof moderationQueue>>[number];

export async function blockedWordPatterns(): Promise<string[]> {
  return (await db().forumBlockedWord.findMany({ orderBy: { pattern: "asc" }, select: { pattern: true } })).map(
    (word) => word.pattern,
  );
}
