"use server";

// Writing is "ideas.comment" (everyone signed in); whether the entry takes
// comments is checked in lib/ideas/comments/mutations.ts against the entry
// found on the server. Moderation is "content.moderate", checked by the
// client and again by the publishing path.
import {
  deleteComment,
  editComment,
  flagComment,
  writeComment,
  type CommentRef,
  type CommentRefusal,
  type FlagRefusal,
} from "@/lib/ideas/comments/mutations";
import {
  approveComments,
  dismissCommentFlags,
  hideComments,
  restoreComments,
  type CommentApprovalRefusal,
} from "@/lib/ideas/comments/moderation";
import {
  commentsAsShownSchema,
  commentIdSchema,
  editCommentSchema,
  flagCommentSchema,
  hideCommentsSchema,
  moderateCommentsSchema,
  writeCommentSchema,
} from "@/lib/ideas/comments/schemas";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { signedInClient } from "@/lib/safe-action";

export const writeCommentAction = signedInClient
  .metadata({ name: "writeIdeaComment", permission: "ideas.comment" })
  .inputSchema(writeCommentSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ posted: CommentRef }, CommentRefusal> => ({
    posted: await writeComment(ctx.actor, parsedInput),
  }));

export const editCommentAction = signedInClient
  .metadata({ name: "editIdeaComment", permission: "ideas.comment" })
  .inputSchema(editCommentSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ saved: CommentRef }, CommentRefusal> => ({
    saved: await editComment(ctx.actor, parsedInput, ctx.meta.ip),
  }));

export const deleteCommentAction = signedInClient
  .metadata({ name: "deleteIdeaComment", permission: "ideas.comment" })
  .inputSchema(commentIdSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ deleted: CommentRef }, CommentRefusal> => ({
    deleted: await deleteComment(ctx.actor, parsedInput.commentId, ctx.meta.ip),
  }));

export const flagCommentAction = signedInClient
  // A flag changes nothing the public sees until a moderator decides.
  .metadata({ name: "flagIdeaComment", permission: "ideas.comment", writes: "personal" })
  .inputSchema(flagCommentSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ flagged: true }, FlagRefusal> => {
    await flagComment(ctx.actor, parsedInput);
    return { flagged: true };
  });

export const hideCommentsAction = signedInClient
  .metadata({ name: "hideIdeaComments", permission: "content.moderate" })
  .inputSchema(hideCommentsSchema)
  .action(async ({ parsedInput, ctx }) => ({
    hidden: await hideComments(ctx.actor, parsedInput.commentIds, parsedInput.reason, ctx.meta),
  }));

export const restoreCommentsAction = signedInClient
  // Refreshed even when refused: a comment rewritten while it was hidden is shown with its new wording.
  .metadata({ name: "restoreIdeaComments", permission: "content.moderate", refresh: "evenWhenRefused" })
  .inputSchema(commentsAsShownSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ restored: number }, CommentApprovalRefusal> => ({
    restored: await restoreComments(ctx.actor, parsedInput.commentIds, parsedInput.shown, ctx.meta),
  }));

export const dismissCommentFlagsAction = signedInClient
  .metadata({ name: "dismissIdeaCommentFlags", permission: "content.moderate" })
  .inputSchema(moderateCommentsSchema)
  .action(async ({ parsedInput, ctx }) => ({
    dismissed: await dismissCommentFlags(ctx.actor, parsedInput.commentIds, ctx.meta),
  }));

export const approveCommentsAction = signedInClient
  // Refreshed even when refused: comments rewritten since the queue was loaded are shown with their new wording.
  .metadata({ name: "approveIdeaComments", permission: "content.moderate", refresh: "evenWhenRefused" })
  .inputSchema(commentsAsShownSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ approved: number }, CommentApprovalRefusal> => ({
    approved: await approveComments(ctx.actor, parsedInput.commentIds, parsedInput.shown, ctx.meta),
  }));
