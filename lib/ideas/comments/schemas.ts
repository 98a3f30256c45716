// What readers send to an entry's discussion, checked the same way in the
// browser and on the server. Messages are keys under `forms.errors`.
import { z } from "zod";
import { actingForSchema } from "@/lib/auth/acting-as-schema";
import { ForumFlagReason } from "@/lib/generated/prisma/enums";
import { recordId } from "@/lib/validation/record-id";

export const MAX_COMMENT = 10_000;

/** A browser-made key for one press of "send": the same key twice is one comment. */
const submissionKey = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "notFound");
const body = z.string().trim().min(2, "ideaCommentTooShort").max(MAX_COMMENT, "ideaCommentTooLong");

/** What the comment form validates; the entry it goes to is added on sending. */
export const commentFormSchema = z.object({ body, actingFor: actingForSchema, submissionKey });
export type CommentFormInput = z.input<typeof commentFormSchema>;

export const writeCommentSchema = commentFormSchema.extend({ ideaId: recordId });
export type WriteCommentInput = z.input<typeof writeCommentSchema>;

export const editCommentSchema = z.object({ commentId: recordId, body });
export const commentIdSchema = z.object({ commentId: recordId });

export const flagCommentSchema = z.object({
  commentId: recordId,
  reason: z.enum(ForumFlagReason, { error: "ideaCommentFlagReasonRequired" }),
  note: z.string().trim().max(500, "forumFlagNoteTooLong"),
});

const commentIds = z.array(recordId).min(1, "ideaCommentsNothingSelected").max(100);
export const moderateCommentsSchema = z.object({ commentIds });
/** Letting held comments through, or hidden ones back, carries per comment the fingerprint of the wording shown. */
export const commentsAsShownSchema = z.object({
  commentIds,
  shown: z.record(recordId, z.string().regex(/^[0-9a-f]{32}$/, "notFound")),
});
export const hideCommentsSchema = z.object({
  commentIds,
  reason: z.string().trim().min(5, "forumHideReasonTooShort").max(500, "forumHideReasonTooLong"),
});
