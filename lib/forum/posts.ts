// Writing in the forum: starting a thread, replying, editing and deleting
// one's posts, marking a post helpful. Each post takes the next number in its
// thread under the thread row's lock, so numbers never repeat or skip; the
// browser's submission key makes a double submit return the first post
// instead of writing a second.
import { resolveActingAs } from "@/lib/auth/acting-as";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { uniqueViolationFields } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mayRead, mayWrite } from "@/lib/forum/access";
import {
  categoryWatchers,
  mentionAudience,
  mentionAudienceOrNobody,
  notifyMentioned,
  readersAmong,
  threadFollowers,
  threadSubject,
  type MentionNotice,
} from "@/lib/forum/audience";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { admitWriter, mustBeHeld, type WriterRefusal } from "@/lib/forum/writers";
import { markRead } from "@/lib/forum/read-marks";
import { attachImages } from "@/lib/forum/images";
import { changeOutcome } from "@/lib/moderation/changes";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";

export type ForumRefusal = "categoryClosedToYou" | "threadLocked" | "notYourPost" | "postDeleted" | WriterRefusal;

type Tx = Prisma.TransactionClient;
/**
 * Replies to one thread queue on its row lock, and the wait counts against an
 * interactive transaction's time: a busy thread must not time writers out at
 * Prisma's default of five seconds.
 */
const WRITE_TRANSACTION = { timeout: 20_000, maxWait: 10_000 };
/** Where the post is; `held` when a blocked word keeps it for a moderator first. */
export type PostRef = { threadId: string; number: number; held?: boolean };

/** The post a submission key already made, if any (the first of a double submit). */
async function earlierSubmission(authorId: string, submissionKey: string): Promise<PostRef | null> {
  return db().forumPost.findUnique({
    where: { authorId_submissionKey: { authorId, submissionKey } },
    select: { threadId: true, number: true },
  });
}

/** Runs `write`; if the same submission got there first, returns that post instead. */
async function once(actor: Actor, submissionKey: string, write: () => Promise<PostRef>): Promise<PostRef> {
  const earlier = await earlierSubmission(actor.id, submissionKey);
  if (earlier) return earlier;
  try {
    return await write();
  } catch (error) {
    const fields = uniqueViolationFields(error);
    if (fields?.includes("submissionKey")) {
      const first = await earlierSubmission(actor.id, submissionKey);
      if (first) return first;
    }
    throw error;
  }
}

/** The notice of a post's new mentions: its thread, who wrote it, its number there. */
function mentionNotice(
  thread: { id: string; title: string },
  author: MentionNotice["actor"],
  number: number,
): MentionNotice {
  return {
    type: "forum.mention",
    subject: threadSubject(thread),
    actor: author,
    data: { post: String(number) },
  };
}

/**
 * Tells those a newly public post concerns: the people and organisations it
 * mentions, then (an opening post) the category's watchers or (a reply) the
 * thread's earlier writers and watchers. Run when a post goes out, or when a
 * moderator lets a held one through.
 */
export async function announcePost(tx: Tx, postId: string): Promise<void> {
  const post = await tx.forumPost.findUniqueOrThrow({
    where: { id: postId },
    select: {
      number: true,
      body: true,
      authorId: true,
      organisationId: true,
      thread: { select: { id: true, title: true, categoryId: true, category: true } },
    },
  });
  const { thread } = post;
  const author = { userId: post.authorId, organisationId: post.organisationId };
  const mentioned = await mentionAudienceOrNobody(tx, post.body, thread.category.access);
  await notifyMentioned(tx, mentioned, mentionNotice(thread, author, post.number));
  const notYet = (ids: string[]) => ids.filter((id) => id !== post.authorId && !mentioned.users.includes(id));
  if (post.number === 1) {
    const watchers = notYet(
      await readersAmong(tx, await categoryWatchers(tx, thread.categoryId), thread.category.access),
    );
    if (watchers.length > 0)
      await notify(
        {
          type: "forum.new_thread",
          subject: threadSubject(thread),
          actor: author,
          audience: { users: watchers },
          data: { category: (thread.category.name as { pl: string }).pl },
        },
        tx,
      );
    return;
  }
  // Earlier writers and watchers hear of the reply (those it mentions were told already).
  const followers = notYet(await readersAmong(tx, await threadFollowers(tx, thread), thread.category.access));
  if (followers.length > 0)
    await notify(
      {
        type: "forum.reply",
        subject: threadSubject(thread),
        actor: author,
        audience: { users: followers },
        data: { post: String(post.number) },
      },
      tx,
    );
}

async function writableCategory(tx: Tx, actor: Actor, categoryId: string) {
  const category = await tx.forumCategory.findUnique({ where: { id: categoryId } });
  if (!category || !mayRead(actor, category)) throw new AppError("NOT_FOUND", "no such category");
  if (!mayWrite(actor, category)) throw new RuleRefusal<ForumRefusal>("categoryClosedToYou");
  return category;
}

export async function startThread(
  actor: Actor,
  input: {
    categoryId: string;
    title: string;
    body: string;
    imageIds?: string[];
    actingFor: string | null;
    submissionKey: string;
  },
): Promise<PostRef> {
  const author = await resolveActingAs(actor, input.actingFor);
  const written = await once(actor, input.submissionKey, async () => {
    await admitWriter(actor);
    return db().$transaction(async (tx) => {
      const category = await writableCategory(tx, actor, input.categoryId);
      // A mention of someone who cannot read the category refuses the post before anything is written.
      await mentionAudience(tx, input.body, category.access);
      const now = new Date();
      const heldAt = (await mustBeHeld(tx, `${input.title}\n${input.body}`)) ? now : null;
      const thread = await tx.forumThread.create({
        data: {
          categoryId: input.categoryId,
          title: input.title,
          authorId: author.userId,
          organisationId: author.organisationId,
          postCount: 1,
          lastPostAt: now,
          heldAt,
        },
        select: { id: true, title: true },
      });
      const post = await tx.forumPost.create({
        data: {
          threadId: thread.id,
          number: 1,
          authorId: author.userId,
          organisationId: author.organisationId,
          body: input.body,
          submissionKey: input.submissionKey,
          createdAt: now,
          heldAt,
        },
        select: { id: true },
      });
      await attachImages(tx, actor, post.id, input.imageIds ?? []);
      await tx.forumCategory.update({
        where: { id: input.categoryId },
        data: { threadCount: { increment: 1 }, postCount: { increment: 1 }, lastPostAt: now },
      });
      // One's own post is read.
      await markRead(actor.id, thread.id, 1, tx);
      // A held thread tells nobody: it is not public until a moderator lets it through (then it is announced).
      if (heldAt) return { threadId: thread.id, number: 1, held: true };
      await announcePost(tx, post.id);
      return { threadId: thread.id, number: 1 };
    }, WRITE_TRANSACTION);
  });
  await dispatchNotifications();
  return written;
}

export async function reply(
  actor: Actor,
  input: { threadId: string; body: string; imageIds?: string[]; actingFor: string | null; submissionKey: string },
): Promise<PostRef> {
  const author = await resolveActingAs(actor, input.actingFor);
  const written = await once(actor, input.submissionKey, async () => {
    await admitWriter(actor);
    return db().$transaction(async (tx) => {
      // The thread's row lock orders replies: each takes the next number.
      const [locked] = await tx.$queryRaw<
        { categoryId: string; locked: boolean; title: string; heldAt: Date | null; authorId: string | null }[]
      >`SELECT "categoryId", locked, title, "heldAt", "authorId" FROM "ForumThread" WHERE id = ${input.threadId} FOR UPDATE`;
      if (!locked) throw new AppError("NOT_FOUND", "no such thread");
      // A thread held for review exists only for its author and the moderators
      // (lib/forum/thread-viewer.ts) until it is let through.
      const threadHeld = locked.heldAt !== null;
      if (threadHeld && locked.authorId !== actor.id && !can(actor, "content.moderate"))
        throw new AppError("NOT_FOUND", "no such thread");
      const category = await writableCategory(tx, actor, locked.categoryId);
      if (locked.locked) throw new RuleRefusal<ForumRefusal>("threadLocked");
      await mentionAudience(tx, input.body, category.access);
      const now = new Date();
      const heldAt = (await mustBeHeld(tx, input.body)) ? now : null;
      const thread = await tx.forumThread.update({
        where: { id: input.threadId },
        data: { postCount: { increment: 1 }, lastPostAt: now },
        select: { postCount: true },
      });
      const post = await tx.forumPost.create({
        data: {
          threadId: input.threadId,
          number: thread.postCount,
          authorId: author.userId,
          organisationId: author.organisationId,
          body: input.body,
          submissionKey: input.submissionKey,
          createdAt: now,
          heldAt,
        },
        select: { id: true },
      });
      await attachImages(tx, actor, post.id, input.imageIds ?? []);
      await tx.forumCategory.update({
        where: { id: category.id },
        data: { postCount: { increment: 1 }, lastPostAt: now },
      });
      await markRead(actor.id, input.threadId, thread.postCount, tx);
      if (heldAt) return { threadId: input.threadId, number: thread.postCount, held: true };
      // A reply in a held thread tells nobody either: the thread is not public yet.
      if (threadHeld) return { threadId: input.threadId, number: thread.postCount };
      await announcePost(tx, post.id);
      return { threadId: input.threadId, number: thread.postCount };
    }, WRITE_TRANSACTION);
  });
  await dispatchNotifications();
  return written;
}

/** The author's own post, still there, in a category they may still write in. */
async function ownPost(tx: Tx, actor: Actor, postId: string) {
  const post = await tx.forumPost.findUnique({
    where: { id: postId },
    include: { thread: { include: { category: true } } },
  });
  if (!post || !mayRead(actor, post.thread.category)) throw new AppError("NOT_FOUND", "no such post");
  if (post.authorId !== actor.id) throw new RuleRefusal<ForumRefusal>("notYourPost");
  if (post.deletedAt) throw new RuleRefusal<ForumRefusal>("postDeleted");
  if (!mayWrite(actor, post.thread.category)) throw new RuleRefusal<ForumRefusal>("categoryClosedToYou");
  if (post.thread.locked) throw new RuleRefusal<ForumRefusal>("threadLocked");
  return post;
}

/**
 * Saves the new wording; the old one is kept for moderators and the post shows
 * it was edited. By the one rule for moderated content (lib/moderation/changes.ts)
 * an edit that brings a blocked word into a public post waits for a moderator
 * while the earlier wording stays shown; a post already held simply changes.
 */
export async function editPost(
  actor: Actor,
  input: { postId: string; body: string },
  ip: string | null,
): Promise<PostRef> {
  const edited = await db().$transaction(async (tx) => {
    const post = await ownPost(tx, actor, input.postId);
    if (post.body === input.body && post.pendingBody === null) return { threadId: post.threadId, number: post.number };
    const mentioned = await mentionAudience(tx, input.body, post.thread.category.access, post.body);
    const flagged = await mustBeHeld(tx, input.body);
    const outcome = changeOutcome({
      by: "person",
      mode: "POST",
      state: post.heldAt ? "unpublished" : "public",
      flagged,
    });
    if (outcome === "holdForReview" && !post.heldAt) {
      await tx.forumPost.update({ where: { id: post.id }, data: { pendingBody: input.body } });
      await recordAuditEvent(
        {
          action: "forum.post_edited",
          actorUserId: actor.id,
          subjectType: "ForumPost",
          subjectId: post.id,
          ipAddress: ip,
          details: { held: true },
        },
        tx,
      );
      return { threadId: post.threadId, number: post.number, held: true };
    }
    await tx.forumPostRevision.create({ data: { postId: post.id, body: post.body } });
    const heldAt = post.heldAt ?? (flagged ? new Date() : null);
    // Those mentioned in a hidden post hear of it only if a moderator restores it (as in a held one).
    if (!heldAt && !post.hiddenAt)
      await notifyMentioned(
        tx,
        mentioned,
        mentionNotice(post.thread, { userId: actor.id, organisationId: post.organisationId }, post.number),
      );
    // A later edit without the blocked word replaces the one that waited.
    await tx.forumPost.update({
      where: { id: post.id },
      data: { body: input.body, pendingBody: null, editedAt: new Date(), heldAt },
    });
    await recordAuditEvent(
      {
        action: "forum.post_edited",
        actorUserId: actor.id,
        subjectType: "ForumPost",
        subjectId: post.id,
        ipAddress: ip,
      },
      tx,
    );
    return { threadId: post.threadId, number: post.number };
  });
  await dispatchNotifications();
  return edited;
}

/** Deletes one's post softly: its place and number stay, its text is hidden from everyone but moderators. */
export async function deletePost(actor: Actor, postId: string, ip: string | null): Promise<PostRef> {
  return db().$transaction(async (tx) => {
    const post = await ownPost(tx, actor, postId);
    await tx.forumPost.update({ where: { id: post.id }, data: { deletedAt: new Date() } });
    await recordAuditEvent(
      {
        action: "forum.post_deleted",
        actorUserId: actor.id,
        subjectType: "ForumPost",
        subjectId: post.id,
        ipAddress: ip,
      },
      tx,
    );
    return { threadId: post.threadId, number: post.number };
  });
}

/** Marks the post helpful, or takes the mark back; returns whether it is marked now. */
export async function toggleHelpful(actor: Actor, postId: string): Promise<{ helpful: boolean; count: number }> {
  return db().$transaction(async (tx) => {
    const post = await tx.forumPost.findUnique({
      where: { id: postId },
      include: { thread: { include: { category: true } } },
    });
    if (!post || !mayRead(actor, post.thread.category)) throw new AppError("NOT_FOUND", "no such post");
    if (!mayWrite(actor, post.thread.category)) throw new RuleRefusal<ForumRefusal>("categoryClosedToYou");
    const removed = await tx.forumReaction.deleteMany({ where: { postId, userId: actor.id } });
    if (removed.count === 0)
      await tx.forumReaction.createMany({ data: [{ postId, userId: actor.id }], skipDuplicates: true });
    return { helpful: removed.count === 0, count: await tx.forumReaction.count({ where: { postId } }) };
  });
}
