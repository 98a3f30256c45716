// Pure rules of an entry's discussion: which entries take comments, and what
// a reader is shown of a comment. Comments are public exactly when the entry
// is: a published entry that was not merged away.
import type { IdeaStatus, IdeaVisibility } from "@/lib/generated/prisma/enums";

export type CommentingRefusal = "ideaMerged" | "ideaNotPublished";

/** Why an entry takes no new comments (null: it does). */
export function commentingRefusal(idea: { visibility: IdeaVisibility; status: IdeaStatus }): CommentingRefusal | null {
  if (idea.visibility !== "PUBLISHED") return "ideaNotPublished";
  if (idea.status === "MERGED") return "ideaMerged";
  return null;
}

/** Whether a comment counts in the entry's public figures (shown to everyone). */
export function isPublicComment(comment: {
  heldAt: Date | null;
  hiddenAt: Date | null;
  deletedAt: Date | null;
}): boolean {
  return comment.heldAt === null && comment.hiddenAt === null && comment.deletedAt === null;
}

export type CommentForReader<C> = Omit<C, "body" | "pendingBody" | "hiddenReason"> & {
  body: string | null;
  pendingBody: string | null;
  hiddenReason: string | null;
  mine: boolean;
};

/**
 * What a reader sees of a comment: a deleted one's text only moderators; a
 * hidden or held one's text and reason moderators and its author; an edit
 * waiting for a moderator likewise. Everyone else sees the comment's place.
 */
export function commentForReader<
  C extends {
    authorId: string | null;
    body: string;
    pendingBody: string | null;
    hiddenReason: string | null;
    heldAt: Date | null;
    hiddenAt: Date | null;
    deletedAt: Date | null;
  },
>(comment: C, reader: { id: string; moderates: boolean } | null): CommentForReader<C> {
  const moderator = reader?.moderates ?? false;
  const mine = reader !== null && comment.authorId === reader.id;
  const withheld =
    (comment.deletedAt !== null && !moderator) ||
    ((comment.hiddenAt !== null || comment.heldAt !== null) && !moderator && !mine);
  return {
    ...comment,
    body: withheld ? null : comment.body,
    pendingBody: moderator || mine ? comment.pendingBody : null,
    hiddenReason: moderator || mine ? comment.hiddenReason : null,
    mine,
  };
}
