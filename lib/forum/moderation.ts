// Moderating the forum. Readers flag posts with a reason; moderators work
// through one queue of flagged posts and decide many at once (a spam wave is
// cleared in one action): hide with a reason the author is told, or keep the
// post and dismiss the flags; hidden posts can be restored. Threads are
// locked, pinned and moved. Every decision is in the audit log. The steps
// every decision on posts shares are lib/moderation/publishing.ts.
import type { Actor } from "@/lib/auth/permissions";
import { requireModerator } from "@/lib/auth/moderators";
import { recordAuditEvent, type AuditAction } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ForumFlagReason } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mayRead } from "@/lib/forum/access";
import { threadSubject } from "@/lib/forum/audience";
import { heldPostVersion } from "@/lib/forum/held-version";
import type { ActionMeta } from "@/lib/http/request-context";
import { decideMany, type PublishedKind, type Tx } from "@/lib/moderation/publishing";
import { announcePost } from "@/lib/forum/posts";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { dateToPolishLocal } from "@/lib/time/polish-local";

export type ModerationRefusal = "ownPost" | "alreadyFlagged";
export type ApprovalRefusal = "changedSinceShown";

export async function flagPost(
  actor: Actor,
  input: { postId: string; reason: ForumFlagReason; note: string },
): Promise<void> {
  const post = await db().forumPost.findUnique({
    where: { id: input.postId },
    include: { thread: { include: { category: true } } },
  });
  if (!post || post.deletedAt || !mayRead(actor, post.thread.category)) throw new AppError("NOT_FOUND", "no such post");
  if (post.authorId === actor.id) throw new RuleRefusal<ModerationRefusal>("ownPost");
  const created = await db().forumFlag.createMany({
    data: [{ postId: post.id, reporterId: actor.id, reason: input.reason, note: input.note || null }],
    skipDuplicates: true,
  });
  if (created.count === 0) throw new RuleRefusal<ModerationRefusal>("alreadyFlagged");
}

type Decision = "hidden" | "restored" | "approved";
type PostDecision = Decision | "dismissed";

const AUDIT_ACTIONS: Record<PostDecision, AuditAction> = {
  hidden: "forum.post_hidden",
  restored: "forum.post_restored",
  approved: "forum.post_approved",
  dismissed: "forum.flags_dismissed",
};

/** The posts each decision applies to: others among those chosen are left as they are. */
const DECIDABLE: Record<PostDecision, Prisma.ForumPostWhereInput> = {
  hidden: { hiddenAt: null },
  restored: { hiddenAt: { not: null } },
  approved: { OR: [{ heldAt: { not: null } }, { pendingBody: { not: null } }] },
  dismissed: { flags: { some: { resolvedAt: null } } },
};

const decidedPostSelect = {
  id: true,
  number: true,
  authorId: true,
  threadId: true,
  heldAt: true,
  body: true,
  pendingBody: true,
  thread: { select: { id: true, title: true } },
} as const satisfies Prisma.ForumPostSelect;
type DecidedPost = Prisma.ForumPostGetPayload<{ select: typeof decidedPostSelect }>;

async function resolveFlags(tx: Tx, moderatorId: string, postIds: string[], now: Date) {
  await tx.forumFlag.updateMany({
    where: { postId: { in: postIds }, resolvedAt: null },
    data: { resolvedAt: now, resolvedById: moderatorId },
  });
}

async function tellAuthor(tx: Tx, post: DecidedPost, moderatorId: string, decision: Decision, reason: string) {
  if (!post.authorId) return;
  await notify(
    {
      type: "forum.post_moderated",
      subject: threadSubject(post.thread),
      actor: { userId: moderatorId },
      audience: { users: [post.authorId] },
      data: { decision, post: String(post.number), reason },
    },
    tx,
  );
}

/**
 * Forum posts as the publishing path sees them. Moderators decide many at
 * once; letting held posts through applies to the wording they were shown
 * (`shown`: per post, lib/forum/held-version.ts).
 */
const forumPosts: PublishedKind<DecidedPost, PostDecision, string, ApprovalRefusal> = {
  table: "ForumPost",
  load: (tx, ids, decision) =>
    tx.forumPost.findMany({ where: { id: { in: ids }, ...DECIDABLE[decision] }, select: decidedPostSelect }),
  idOf: (post) => post.id,
  // Restoring publishes the wording again, which its author may have changed while it was hidden.
  decidesOnShown: (_post, decision) => decision === "approved" || decision === "restored",
  isAsShown: (_tx, post, shown) => heldPostVersion(post) === shown,
  staleRefusal: "changedSinceShown",
  refusal: () => null,
  auditAction: (_post, { decision }) => AUDIT_ACTIONS[decision],
  apply: async (tx, post, { actor, decision, reason, now }) => {
    if (decision === "hidden") {
      await tx.forumPost.update({
        where: { id: post.id },
        data: { hiddenAt: now, hiddenById: actor.id, hiddenReason: reason, heldAt: null },
      });
      return { details: { reason } };
    }
    if (decision === "restored")
      await tx.forumPost.update({
        where: { id: post.id },
        data: { hiddenAt: null, hiddenById: null, hiddenReason: null },
      });
    if (decision === "approved") {
      // A held edit replaces the wording shown; the earlier one is kept for the moderators.
      if (post.pendingBody !== null) {
        await tx.forumPostRevision.create({ data: { postId: post.id, body: post.body } });
        await tx.forumPost.update({
          where: { id: post.id },
          data: { body: post.pendingBody, pendingBody: null, editedAt: now },
        });
      }
      await tx.forumPost.update({ where: { id: post.id }, data: { heldAt: null } });
      if (post.number === 1) await tx.forumThread.update({ where: { id: post.threadId }, data: { heldAt: null } });
    }
    return {};
  },
  notify: async (tx, post, { actor, decision, reason }) => {
    if (decision === "dismissed") return;
    await tellAuthor(tx, post, actor.id, decision, reason ?? "");
    // Now public: mentions, watchers and earlier writers hear of it, as if it had just been written (an edit was public already).
    if (decision === "approved" && post.heldAt) await announcePost(tx, post.id);
  },
  // Hidden, let through or kept: the flags on every chosen post are answered.
  settle: async (tx, ids, { actor, decision, now }) => {
    if (decision !== "restored") await resolveFlags(tx, actor.id, ids, now);
  },
};

/** Hides the posts (those not hidden already) with one reason; their flags are resolved and each author is told why. */
export async function hidePosts(actor: Actor, postIds: string[], reason: string, meta: ActionMeta): Promise<number> {
  return (await decideMany(forumPosts, actor, postIds, { decision: "hidden", reason }, meta)).length;
}

/**
 * Shows hidden posts again, as the moderator was shown them (`shown`, as for
 * approvals): a post its author rewrote while it was hidden is refused, to be
 * read again before it goes public.
 */
export async function restorePosts(
  actor: Actor,
  postIds: string[],
  shown: Record<string, string>,
  meta: ActionMeta,
): Promise<number> {
  return (await decideMany(forumPosts, actor, postIds, { decision: "restored", shown }, meta)).length;
}

/** Keeps the posts and closes their flags. */
export async function dismissFlags(actor: Actor, postIds: string[], meta: ActionMeta): Promise<number> {
  return (await decideMany(forumPosts, actor, postIds, { decision: "dismissed" }, meta)).length;
}

/**
 * Lets held posts out (and the threads they open): they go public as they are; a held edit replaces the wording shown.
 * `shown` holds, per post, the fingerprint of the wording the moderator was
 * shown; under the posts' row locks, any post its author rewrote since refuses
 * the whole decision (nothing is let through), to be looked at again.
 */
export async function approvePosts(
  actor: Actor,
  postIds: string[],
  shown: Record<string, string>,
  meta: ActionMeta,
): Promise<number> {
  return (await decideMany(forumPosts, actor, postIds, { decision: "approved", shown }, meta)).length;
}

/** Locks or unlocks, pins or unpins a thread. */
export async function setThreadState(
  actor: Actor,
  threadId: string,
  change: { locked?: boolean; pinned?: boolean; reason?: string },
  meta: ActionMeta,
): Promise<void> {
  requireModerator(actor);
  await db().$transaction(async (tx) => {
    const { reason = "", ...state } = change;
    const thread = await tx.forumThread
      .update({ where: { id: threadId }, data: state, select: { id: true } })
      .catch(() => null);
    if (!thread) throw new AppError("NOT_FOUND", "no such thread");
    const actions: AuditAction[] = [];
    if (change.locked !== undefined) actions.push(change.locked ? "forum.thread_locked" : "forum.thread_unlocked");
    if (change.pinned !== undefined) actions.push(change.pinned ? "forum.thread_pinned" : "forum.thread_unpinned");
    for (const action of actions)
      await recordAuditEvent(
        { action, actorUserId: actor.id, subjectType: "ForumThread", subjectId: threadId, ipAddress: meta.ip },
        tx,
      );
    if (change.locked !== undefined)
      await tellThreadAuthor(tx, threadId, actor.id, change.locked ? "locked" : "unlocked", "", reason);
    if (change.pinned !== undefined)
      await tellThreadAuthor(tx, threadId, actor.id, change.pinned ? "pinned" : "unpinned", "", reason);
  });
  await dispatchNotifications();
}

/** Moves a thread to another category, carrying its counts along. */
export async function moveThread(
  actor: Actor,
  threadId: string,
  categoryId: string,
  meta: ActionMeta,
  reason = "",
): Promise<void> {
  requireModerator(actor);
  await db().$transaction(async (tx) => {
    const thread = await tx.forumThread.findUnique({
      where: { id: threadId },
      select: { categoryId: true, postCount: true, lastPostAt: true },
    });
    const target = await tx.forumCategory.findUnique({
      where: { id: categoryId },
      select: { id: true, lastPostAt: true },
    });
    if (!thread || !target) throw new AppError("NOT_FOUND", "no such thread or category");
    if (thread.categoryId === categoryId) return;
    await tx.forumThread.update({ where: { id: threadId }, data: { categoryId } });
    await tx.forumCategory.update({
      where: { id: thread.categoryId },
      data: { threadCount: { decrement: 1 }, postCount: { decrement: thread.postCount } },
    });
    const later = !target.lastPostAt || target.lastPostAt < thread.lastPostAt;
    await tx.forumCategory.update({
      where: { id: categoryId },
      data: {
        threadCount: { increment: 1 },
        postCount: { increment: thread.postCount },
        ...(later ? { lastPostAt: thread.lastPostAt } : {}),
      },
    });
    await recordAuditEvent(
      {
        action: "forum.thread_moved",
        actorUserId: actor.id,
        subjectType: "ForumThread",
        subjectId: threadId,
        ipAddress: meta.ip,
        details: { from: thread.categoryId, to: categoryId },
      },
      tx,
    );
    const name = (await tx.forumCategory.findUniqueOrThrow({ where: { id: categoryId }, select: { name: true } }))
      .name as { pl: string };
    await tellThreadAuthor(tx, threadId, actor.id, "moved", name.pl, reason);
  });
  await dispatchNotifications();
}

/** Stops a person writing on the forum until a date, for a reason they are told and shown. */
export async function suspendUser(
  actor: Actor,
  input: { userId: string; days: number; reason: string },
  meta: ActionMeta,
  now = new Date(),
): Promise<Date> {
  requireModerator(actor);
  if (input.userId === actor.id) throw new AppError("CONFLICT", "moderators do not suspend themselves");
  const until = new Date(now.getTime() + input.days * 24 * 3600 * 1000);
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", "no such person");
    await tx.forumSuspension.create({
      data: { userId: input.userId, until, reason: input.reason, createdById: actor.id },
    });
    await recordAuditEvent(
      {
        action: "forum.user_suspended",
        actorUserId: actor.id,
        subjectType: "User",
        subjectId: input.userId,
        ipAddress: meta.ip,
        details: { until: until.toISOString(), reason: input.reason },
      },
      tx,
    );
    await notify(
      {
        type: "forum.suspended",
        subject: { type: "Forum", id: "forum", title: "Forum", link: { pathname: "/forum" } },
        actor: { userId: actor.id },
        audience: { users: [input.userId] },
        data: { until: dateToPolishLocal(until).replace("T", " "), reason: input.reason },
      },
      tx,
    );
  });
  await dispatchNotifications();
  return until;
}

export async function liftSuspensions(actor: Actor, userId: string, meta: ActionMeta): Promise<number> {
  requireModerator(actor);
  return db().$transaction(async (tx) => {
    const lifted = await tx.forumSuspension.updateMany({
      where: { userId, liftedAt: null, until: { gt: new Date() } },
      data: { liftedAt: new Date() },
    });
    if (lifted.count > 0)
      await recordAuditEvent(
        {
          action: "forum.suspension_lifted",
          actorUserId: actor.id,
          subjectType: "User",
          subjectId: userId,
          ipAddress: meta.ip,
        },
        tx,
      );
    return lifted.count;
  });
}

/** Replaces the blocked words with the administrators' list (one pattern per line). */
export async function saveBlockedWords(actorUserId: string, patterns: string[], meta: ActionMeta): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.forumBlockedWord.deleteMany({});
    if (patterns.length > 0)
      await tx.forumBlockedWord.createMany({ data: patterns.map((pattern) => ({ pattern })), skipDuplicates: true });
    await recordAuditEvent(
      {
        action: "forum.blocked_words_changed",
        actorUserId,
        subjectType: "ForumBlockedWord",
        ipAddress: meta.ip,
        details: { count: patterns.length },
      },
      tx,
    );
  });
}

export type ThreadChange = "locked" | "unlocked" | "pinned" | "unpinned" | "moved" | "split" | "merged";

/**
 * Tells a thread's author what a moderator did to it (not when they did it
 * themselves). The notice links to `linkTo`: the thread itself, or for a
 * merged-away thread the one that now holds its posts.
 */
export async function tellThreadAuthor(
  tx: Tx,
  threadId: string,
  moderatorId: string,
  change: ThreadChange,
  target = "",
  reason = "",
  linkTo = threadId,
): Promise<void> {
  const thread = await tx.forumThread.findUnique({ where: { id: threadId }, select: { title: true, authorId: true } });
  if (!thread?.authorId || thread.authorId === moderatorId) return;
  await notify(
    {
      type: "forum.thread_moderated",
      subject: threadSubject({ id: linkTo, title: thread.title }),
      actor: { userId: moderatorId },
      audience: { users: [thread.authorId] },
      // "none" for no reason: the message shows "Reason: …" only when there is one.
      data: { change, target, reason: reason || "none" },
    },
    tx,
  );
}
