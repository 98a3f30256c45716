// Writing in an entry's discussion: commenting (as oneself or for an
// organisation one acts for), editing and deleting one's comments, flagging
// another's. Each comment takes the next number of its entry under the
// entry row's lock, so numbers never repeat; the entry's public comment
// count and last activity change in the same transaction. The browser's
// submission key makes a double submit return the first comment. Blocked
// words (the forum's list) hold a comment for a moderator; an edit of a
// public comment follows the one rule for moderated content
// (lib/moderation/changes.ts).
import { resolveActingAs } from "@/lib/auth/acting-as";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { uniqueViolationFields } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { ForumFlagReason } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mentionAudience, mentionAudienceOrNobody, notifyMentioned, type MentionNotice } from "@/lib/forum/audience";
import { admitWriter, mustBeHeld, type WriterRefusal } from "@/lib/forum/writers";
import { ideaSubject } from "@/lib/ideas/audience";
import { commentingRefusal, isPublicComment, type CommentingRefusal } from "@/lib/ideas/comments/policy";
import { changeOutcome } from "@/lib/moderation/changes";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type CommentRefusal = CommentingRefusal | "notYourComment" | "commentDeleted" | WriterRefusal;
export type FlagRefusal = "ownComment" | "alreadyFlagged";

type Tx = Prisma.TransactionClient;
/** Comments on a busy entry queue on its row lock; the wait must not time writers out. */
const WRITE_TRANSACTION = { timeout: 20_000, maxWait: 10_000 };
/** An idea's discussion is open to everyone signed in: anyone may be mentioned. */
const MENTION_ACCESS = "SIGNED_IN";
const MENTION_PROBLEM = "ideaCommentMentionUnknown";

/** Where the comment is: its entry's address and its number; `held` when a moderator sees it first. */
export type CommentRef = { slug: string; number: number; held?: boolean };

async function earlierSubmission(authorId: string, submissionKey: string): Promise<CommentRef | null> {
  const comment = await db().ideaComment.findUnique({
    where: { authorId_submissionKey: { authorId, submissionKey } },
    select: { number: true, heldAt: true, idea: { select: { slug: true } } },
  });
  return comment
    ? { slug: comment.idea.slug, number: comment.number, ...(comment.heldAt ? { held: true } : {}) }
    : null;
}

/** The notice of a comment's new mentions: its entry, who wrote it, its number there. */
function mentionNotice(
  idea: { id: string; slug: string; title: string },
  author: MentionNotice["actor"],
  number: number,
): MentionNotice {
  return {
    type: "idea.comment_mention",
    subject: ideaSubject(idea),
    actor: author,
    data: { comment: String(number) },
  };
}

/** Tells those a newly public comment mentions; run when it is written, or when a moderator lets it through. */
export async function announceComment(tx: Tx, commentId: string): Promise<void> {
  const comment = await tx.ideaComment.findUniqueOrThrow({
    where: { id: commentId },
    select: {
      number: true,
      body: true,
      authorId: true,
      organisationId: true,
      idea: { select: { id: true, slug: true, title: true } },
    },
  });
  const mentioned = await mentionAudienceOrNobody(tx, comment.body, MENTION_ACCESS);
  const author = { userId: comment.authorId, organisationId: comment.organisationId };
  await notifyMentioned(tx, mentioned, mentionNotice(comment.idea, author, comment.number));
}

/** The entry's public figures after a comment became public (+1) or stopped being so (-1). */
export async function countComment(tx: Tx, ideaId: string, change: 1 | -1, now = new Date()): Promise<void> {
  await tx.idea.update({
    where: { id: ideaId },
    data: change === 1 ? { commentCount: { increment: 1 }, lastActivityAt: now } : { commentCount: { decrement: 1 } },
  });
}

export async function writeComment(
  actor: Actor,
  input: { ideaId: string; body: string; actingFor: string | null; submissionKey: string },
): Promise<CommentRef> {
  const author = await resolveActingAs(actor, input.actingFor);
  const earlier = await earlierSubmission(actor.id, input.submissionKey);
  if (earlier) return earlier;
  try {
    const written = await writeOnce(actor, author, input);
    await dispatchNotifications();
    return written;
  } catch (error) {
    // The same press of "send" arrived twice at once: the second finds the first.
    if (uniqueViolationFields(error)?.includes("submissionKey")) {
      const first = await earlierSubmission(actor.id, input.submissionKey);
      if (first) return first;
    }
    throw error;
  }
}

async function writeOnce(
  actor: Actor,
  author: { userId: string; organisationId: string | null },
  input: { ideaId: string; body: string; submissionKey: string },
): Promise<CommentRef> {
  // Refused before anything is counted: an entry closed to comments costs no rate limit.
  await openIdea(db(), actor, input.ideaId);
  await admitWriter(actor);
  return db().$transaction(async (tx) => {
    // The entry's row lock orders comments: each takes the next number.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Idea" WHERE id = ${input.ideaId} FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND", "no such idea");
    const idea = await openIdea(tx, actor, input.ideaId);
    // A mention of someone unknown refuses the comment before anything is written.
    await mentionAudience(tx, input.body, MENTION_ACCESS, "", MENTION_PROBLEM);
    const now = new Date();
    const heldAt = (await mustBeHeld(tx, input.body)) ? now : null;
    const last = await tx.ideaComment.aggregate({ where: { ideaId: idea.id }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const comment = await tx.ideaComment.create({
      data: {
        ideaId: idea.id,
        number,
        authorId: author.userId,
        organisationId: author.organisationId,
        body: input.body,
        submissionKey: input.submissionKey,
        createdAt: now,
        heldAt,
      },
      select: { id: true },
    });
    // A held comment tells nobody and counts for nothing until a moderator lets it through.
    if (heldAt) return { slug: idea.slug, number, held: true };
    await countComment(tx, idea.id, 1, now);
    await announceComment(tx, comment.id);
    return { slug: idea.slug, number };
  }, WRITE_TRANSACTION);
}

/** The entry, visible to the actor and open to comments (else a refusal saying why). */
async function openIdea(tx: Tx, actor: Actor, ideaId: string) {
  const idea = await tx.idea.findUnique({
    where: { id: ideaId },
    select: { id: true, slug: true, title: true, visibility: true, status: true, authorId: true },
  });
  // An entry nobody may see yet (waiting, refused) is not found, except by its author, who is told why.
  if (!idea || (idea.visibility !== "PUBLISHED" && idea.visibility !== "HIDDEN" && idea.authorId !== actor.id))
    throw new AppError("NOT_FOUND", "no such idea");
  const refusal = commentingRefusal(idea);
  if (refusal) throw new RuleRefusal<CommentRefusal>(refusal);
  return idea;
}

/** The author's own comment, not deleted, on an entry still open to comments. */
async function ownComment(tx: Tx, actor: Actor, commentId: string) {
  const comment = await tx.ideaComment.findUnique({
    where: { id: commentId },
    include: { idea: { select: { id: true, slug: true, title: true, visibility: true, status: true } } },
  });
  if (!comment || comment.idea.visibility === "PENDING" || comment.idea.visibility === "REJECTED")
    throw new AppError("NOT_FOUND", "no such comment");
  if (comment.authorId !== actor.id) throw new RuleRefusal<CommentRefusal>("notYourComment");
  if (comment.deletedAt) throw new RuleRefusal<CommentRefusal>("commentDeleted");
  const refusal = commentingRefusal(comment.idea);
  if (refusal) throw new RuleRefusal<CommentRefusal>(refusal);
  return comment;
}

/**
 * Saves the new wording. By the one rule for moderated content, an edit that
 * brings a blocked word into a public comment waits for a moderator
 * (`pendingBody`) while the approved wording stays shown; a held comment
 * simply changes.
 */
export async function editComment(
  actor: Actor,
  input: { commentId: string; body: string },
  ip: string | null,
): Promise<CommentRef> {
  const edited = await db().$transaction(async (tx) => {
    const comment = await ownComment(tx, actor, input.commentId);
    const ref = { slug: comment.idea.slug, number: comment.number };
    if (comment.body === input.body && comment.pendingBody === null) return ref;
    const mentioned = await mentionAudience(tx, input.body, MENTION_ACCESS, comment.body, MENTION_PROBLEM);
    const flagged = await mustBeHeld(tx, input.body);
    const outcome = changeOutcome({
      by: "person",
      mode: "POST",
      state: comment.heldAt || comment.hiddenAt ? "unpublished" : "public",
      flagged,
    });
    const audit = (details: Prisma.InputJsonValue = {}) =>
      recordAuditEvent(
        {
          action: "idea.comment_edited",
          actorUserId: actor.id,
          subjectType: "IdeaComment",
          subjectId: comment.id,
          ipAddress: ip,
          details,
        },
        tx,
      );
    if (outcome === "holdForReview" && isPublicComment(comment)) {
      await tx.ideaComment.update({ where: { id: comment.id }, data: { pendingBody: input.body } });
      await audit({ held: true });
      return { ...ref, held: true };
    }
    const heldAt = comment.heldAt ?? (flagged ? new Date() : null);
    if (!heldAt && !comment.hiddenAt)
      await notifyMentioned(
        tx,
        mentioned,
        mentionNotice(comment.idea, { userId: actor.id, organisationId: comment.organisationId }, comment.number),
      );
    // A later edit without the blocked word replaces the one that waited.
    await tx.ideaComment.update({
      where: { id: comment.id },
      data: { body: input.body, pendingBody: null, editedAt: new Date(), heldAt },
    });
    await audit();
    return heldAt ? { ...ref, held: true } : ref;
  });
  await dispatchNotifications();
  return edited;
}

/** Deletes one's comment softly: its place and number stay, its text is hidden from everyone but moderators. */
export async function deleteComment(actor: Actor, commentId: string, ip: string | null): Promise<CommentRef> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "IdeaComment" WHERE id = ${commentId} FOR UPDATE`;
    const comment = await ownComment(tx, actor, commentId);
    await tx.ideaComment.update({ where: { id: comment.id }, data: { deletedAt: new Date() } });
    if (isPublicComment(comment)) await countComment(tx, comment.ideaId, -1);
    await recordAuditEvent(
      {
        action: "idea.comment_deleted",
        actorUserId: actor.id,
        subjectType: "IdeaComment",
        subjectId: comment.id,
        ipAddress: ip,
      },
      tx,
    );
    return { slug: comment.idea.slug, number: comment.number };
  });
}

/** A reader's flag on someone else's public comment, with a reason, for the moderators' queue. */
export async function flagComment(
  actor: Actor,
  input: { commentId: string; reason: ForumFlagReason; note: string },
): Promise<void> {
  const comment = await db().ideaComment.findUnique({
    where: { id: input.commentId },
    select: {
      id: true,
      authorId: true,
      heldAt: true,
      hiddenAt: true,
      deletedAt: true,
      idea: { select: { visibility: true } },
    },
  });
  if (!comment || !isPublicComment(comment) || comment.idea.visibility !== "PUBLISHED")
    throw new AppError("NOT_FOUND", "no such comment");
  if (comment.authorId === actor.id) throw new RuleRefusal<FlagRefusal>("ownComment");
  const created = await db().ideaCommentFlag.createMany({
    data: [{ commentId: comment.id, reporterId: actor.id, reason: input.reason, note: input.note || null }],
    skipDuplicates: true,
  });
  if (created.count === 0) throw new RuleRefusal<FlagRefusal>("alreadyFlagged");
}
