// Moderating an entry's discussion, through the same publishing path as the
// forum and news (lib/moderation/publishing.ts): readers flag comments with
// the forum's reasons; moderators hide comments with a reason the author is
// told, restore them, let held ones (a blocked word, or a held edit) through
// as they were shown, or keep a comment and dismiss its flags. The entry's
// public comment count follows every decision in the same transaction.
import type { Actor } from "@/lib/auth/permissions";
import type { AuditAction } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ideaSubject } from "@/lib/ideas/audience";
import { heldCommentVersion } from "@/lib/ideas/comments/held-version";
import { announceComment, countComment } from "@/lib/ideas/comments/mutations";
import { isPublicComment } from "@/lib/ideas/comments/policy";
import type { ActionMeta } from "@/lib/http/request-context";
import { decideMany, type PublishedKind, type Tx } from "@/lib/moderation/publishing";
import { notify } from "@/lib/notifications/notify";

export type CommentApprovalRefusal = "changedSinceShown";
type Decision = "hidden" | "restored" | "approved";
type CommentDecision = Decision | "dismissed";

const AUDIT_ACTIONS: Record<CommentDecision, AuditAction> = {
  hidden: "idea.comment_hidden",
  restored: "idea.comment_restored",
  approved: "idea.comment_approved",
  dismissed: "idea.comment_flags_dismissed",
};

/** The comments each decision applies to: others among those chosen are left as they are. */
const DECIDABLE: Record<CommentDecision, Prisma.IdeaCommentWhereInput> = {
  hidden: { hiddenAt: null, deletedAt: null },
  restored: { hiddenAt: { not: null } },
  approved: { hiddenAt: null, deletedAt: null, OR: [{ heldAt: { not: null } }, { pendingBody: { not: null } }] },
  dismissed: { flags: { some: { resolvedAt: null } } },
};

const decidedCommentSelect = {
  id: true,
  ideaId: true,
  number: true,
  authorId: true,
  body: true,
  pendingBody: true,
  heldAt: true,
  hiddenAt: true,
  deletedAt: true,
  idea: { select: { id: true, slug: true, title: true } },
} as const satisfies Prisma.IdeaCommentSelect;
type DecidedComment = Prisma.IdeaCommentGetPayload<{ select: typeof decidedCommentSelect }>;

async function tellAuthor(tx: Tx, comment: DecidedComment, moderatorId: string, decision: Decision, reason: string) {
  if (!comment.authorId) return;
  await notify(
    {
      type: "idea.comment_moderated",
      subject: ideaSubject(comment.idea),
      actor: { userId: moderatorId },
      audience: { users: [comment.authorId] },
      data: { decision, comment: String(comment.number), reason: reason || "none" },
    },
    tx,
  );
}

/** Ideas-board comments as the publishing path sees them. */
const ideaComments: PublishedKind<DecidedComment, CommentDecision, string, CommentApprovalRefusal> = {
  table: "IdeaComment",
  load: (tx, ids, decision) =>
    tx.ideaComment.findMany({ where: { id: { in: ids }, ...DECIDABLE[decision] }, select: decidedCommentSelect }),
  idOf: (comment) => comment.id,
  // Restoring publishes the wording again, which its author may have changed while it was hidden.
  decidesOnShown: (_comment, decision) => decision === "approved" || decision === "restored",
  isAsShown: (_tx, comment, shown) => heldCommentVersion(comment) === shown,
  staleRefusal: "changedSinceShown",
  refusal: () => null,
  auditAction: (_comment, { decision }) => AUDIT_ACTIONS[decision],
  apply: async (tx, comment, { actor, decision, reason, now }) => {
    const wasPublic = isPublicComment(comment);
    if (decision === "hidden") {
      await tx.ideaComment.update({
        where: { id: comment.id },
        data: { hiddenAt: now, hiddenById: actor.id, hiddenReason: reason, heldAt: null, pendingBody: null },
      });
      if (wasPublic) await countComment(tx, comment.ideaId, -1, now);
      return { details: { reason } };
    }
    if (decision === "restored") {
      await tx.ideaComment.update({
        where: { id: comment.id },
        data: { hiddenAt: null, hiddenById: null, hiddenReason: null },
      });
      // Back in the discussion only if nothing else keeps it out: one edited with a blocked word while
      // hidden is still held, and counts when a moderator lets it through.
      if (isPublicComment({ ...comment, hiddenAt: null })) await countComment(tx, comment.ideaId, 1, now);
    }
    if (decision === "approved") {
      // A held edit replaces the wording shown.
      await tx.ideaComment.update({
        where: { id: comment.id },
        data:
          comment.pendingBody !== null
            ? { body: comment.pendingBody, pendingBody: null, editedAt: now, heldAt: null }
            : { heldAt: null },
      });
      if (comment.heldAt) await countComment(tx, comment.ideaId, 1, now);
    }
    return {};
  },
  notify: async (tx, comment, { actor, decision, reason }) => {
    if (decision === "dismissed") return;
    await tellAuthor(tx, comment, actor.id, decision, reason ?? "");
    // Now public: those it mentions hear of it, as if it had just been written.
    if (decision === "approved" && comment.heldAt) await announceComment(tx, comment.id);
  },
  settle: async (tx, ids, { actor, decision, now }) => {
    if (decision === "restored") return;
    await tx.ideaCommentFlag.updateMany({
      where: { commentId: { in: ids }, resolvedAt: null },
      data: { resolvedAt: now, resolvedById: actor.id },
    });
  },
};

export async function hideComments(actor: Actor, ids: string[], reason: string, meta: ActionMeta): Promise<number> {
  return (await decideMany(ideaComments, actor, ids, { decision: "hidden", reason }, meta)).length;
}

/** Shows hidden comments again, as the moderator was shown them (refused for one rewritten while hidden). */
export async function restoreComments(
  actor: Actor,
  ids: string[],
  shown: Record<string, string>,
  meta: ActionMeta,
): Promise<number> {
  return (await decideMany(ideaComments, actor, ids, { decision: "restored", shown }, meta)).length;
}

export async function dismissCommentFlags(actor: Actor, ids: string[], meta: ActionMeta): Promise<number> {
  return (await decideMany(ideaComments, actor, ids, { decision: "dismissed" }, meta)).length;
}

/** Lets held comments (and held edits) through as they were shown; a comment rewritten since refuses all. */
export async function approveComments(
  actor: Actor,
  ids: string[],
  shown: Record<string, string>,
  meta: ActionMeta,
): Promise<number> {
  return (await decideMany(ideaComments, actor, ids, { decision: "approved", shown }, meta)).length;
}
