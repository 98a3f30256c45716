// Splitting and merging threads. Posts are numbered within their thread, so a
// move renumbers them; every moved post leaves a redirect from its old
// address (thread, number), so links and quotes keep leading to it.
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireModerator } from "@/lib/auth/moderators";
import { tellThreadAuthor } from "@/lib/forum/moderation";
import { dispatchNotifications } from "@/lib/notifications/notify";
import type { ActionMeta } from "@/lib/http/request-context";

type Tx = Prisma.TransactionClient;

async function lockThread(tx: Tx, threadId: string) {
  const [thread] = await tx.$queryRaw<
    { id: string; categoryId: string; postCount: number }[]
  >`SELECT id, "categoryId", "postCount" FROM "ForumThread" WHERE id = ${threadId} FOR UPDATE`;
  if (!thread) throw new AppError("NOT_FOUND", "no such thread");
  return thread;
}

/** Remembers where the posts numbered `from`… of `threadId` go, before they move. */
async function recordRedirects(tx: Tx, threadId: string, from: number) {
  await tx.$executeRaw`
    INSERT INTO "ForumPostRedirect" ("threadId", number, "postId")
    SELECT "threadId", number, id FROM "ForumPost" WHERE "threadId" = ${threadId} AND number >= ${from}
    ON CONFLICT ("threadId", number) DO UPDATE SET "postId" = EXCLUDED."postId"`;
}

async function lastPostAt(tx: Tx, threadId: string): Promise<Date> {
  const latest = await tx.forumPost.findFirst({
    where: { threadId },
    orderBy: { number: "desc" },
    select: { createdAt: true },
  });
  return latest?.createdAt ?? new Date();
}

/** Moves posts `fromNumber`… of a thread into a new thread with `title`; returns the new thread. */
export async function splitThread(
  actor: Actor,
  input: { threadId: string; fromNumber: number; title: string; reason?: string },
  meta: ActionMeta,
): Promise<{ threadId: string }> {
  requireModerator(actor);
  const split = await db().$transaction(async (tx) => {
    const thread = await lockThread(tx, input.threadId);
    if (input.fromNumber < 2 || input.fromNumber > thread.postCount)
      throw new AppError("CONFLICT", "a split starts after the opening post and within the thread");
    const first = await tx.forumPost.findUniqueOrThrow({
      where: { threadId_number: { threadId: thread.id, number: input.fromNumber } },
      select: { authorId: true, organisationId: true, createdAt: true },
    });
    const moved = thread.postCount - input.fromNumber + 1;
    const created = await tx.forumThread.create({
      data: {
        categoryId: thread.categoryId,
        title: input.title,
        authorId: first.authorId,
        organisationId: first.organisationId,
        postCount: moved,
        createdAt: first.createdAt,
        lastPostAt: new Date(0),
      },
      select: { id: true },
    });
    await recordRedirects(tx, thread.id, input.fromNumber);
    await tx.$executeRaw`UPDATE "ForumPost" SET "threadId" = ${created.id}, number = number - ${input.fromNumber - 1} WHERE "threadId" = ${thread.id} AND number >= ${input.fromNumber}`;
    await tx.forumThread.update({ where: { id: created.id }, data: { lastPostAt: await lastPostAt(tx, created.id) } });
    await tx.forumThread.update({
      where: { id: thread.id },
      data: { postCount: input.fromNumber - 1, lastPostAt: await lastPostAt(tx, thread.id) },
    });
    await tx.forumCategory.update({ where: { id: thread.categoryId }, data: { threadCount: { increment: 1 } } });
    await recordAuditEvent(
      {
        action: "forum.thread_split",
        actorUserId: actor.id,
        subjectType: "ForumThread",
        subjectId: thread.id,
        ipAddress: meta.ip,
        details: { into: created.id, from: input.fromNumber },
      },
      tx,
    );
    await tellThreadAuthor(tx, thread.id, actor.id, "split", input.title, input.reason ?? "");
    return { threadId: created.id };
  });
  await dispatchNotifications();
  return split;
}

/** Appends a thread's posts to another thread (in their order) and removes the emptied thread. */
export async function mergeThreads(
  actor: Actor,
  input: { threadId: string; intoThreadId: string; reason?: string },
  meta: ActionMeta,
): Promise<{ threadId: string }> {
  requireModerator(actor);
  if (input.threadId === input.intoThreadId) throw new AppError("CONFLICT", "a thread is not merged into itself");
  const merged = await db().$transaction(async (tx) => {
    // Locked in a fixed order, so two merges of the same pair cannot deadlock.
    const [a, b] = [input.threadId, input.intoThreadId].sort();
    const locked = new Map([
      [a!, await lockThread(tx, a!)],
      [b!, await lockThread(tx, b!)],
    ]);
    const source = locked.get(input.threadId)!;
    const target = locked.get(input.intoThreadId)!;
    // Told before the thread goes (the notice links to where its posts went).
    const title = (await tx.forumThread.findUniqueOrThrow({ where: { id: target.id }, select: { title: true } })).title;
    await tellThreadAuthor(tx, source.id, actor.id, "merged", title, input.reason ?? "", target.id);
    await recordRedirects(tx, source.id, 1);
    await tx.$executeRaw`UPDATE "ForumPost" SET "threadId" = ${target.id}, number = number + ${target.postCount} WHERE "threadId" = ${source.id}`;
    await tx.forumThread.update({
      where: { id: target.id },
      data: { postCount: target.postCount + source.postCount, lastPostAt: await lastPostAt(tx, target.id) },
    });
    // Readers of the emptied thread keep their place in the merged one only if they had read all of it.
    await tx.forumReadMark.deleteMany({ where: { threadId: source.id } });
    // Watchers of the emptied thread watch the merged one (once each).
    await tx.$executeRaw`
      INSERT INTO "ItemSubscription" ("userId", "subjectType", "subjectId")
      SELECT "userId", 'ForumThread', ${target.id} FROM "ItemSubscription" WHERE "subjectType" = 'ForumThread' AND "subjectId" = ${source.id}
      ON CONFLICT DO NOTHING`;
    await tx.itemSubscription.deleteMany({ where: { subjectType: "ForumThread", subjectId: source.id } });
    await tx.forumThread.delete({ where: { id: source.id } });
    await tx.forumCategory.update({
      where: { id: source.categoryId },
      data: { threadCount: { decrement: 1 }, postCount: { decrement: source.postCount } },
    });
    await tx.forumCategory.update({
      where: { id: target.categoryId },
      data: { postCount: { increment: source.postCount } },
    });
    await recordAuditEvent(
      {
        action: "forum.threads_merged",
        actorUserId: actor.id,
        subjectType: "ForumThread",
        subjectId: target.id,
        ipAddress: meta.ip,
        details: { merged: source.id, posts: source.postCount },
      },
      tx,
    );
    return { threadId: target.id };
  });
  await dispatchNotifications();
  return merged;
}

/** Where an old address (thread, number) now leads, if its post was moved. */
export async function movedPost(
  threadId: string,
  number: number,
): Promise<{ threadId: string; number: number } | null> {
  const redirect = await db().forumPostRedirect.findUnique({
    where: { threadId_number: { threadId, number } },
    select: { postId: true },
  });
  if (!redirect) return null;
  return db().forumPost.findUnique({ where: { id: redirect.postId }, select: { threadId: true, number: true } });
}
