// What administrators and writers send to the forum, checked the same way in
// the browser and on the server. Messages are keys under `forms.errors`.
import { z } from "zod";
import { actingForSchema } from "@/lib/auth/acting-as-schema";
import { ForumAccess, ForumFlagReason } from "@/lib/generated/prisma/enums";
import { compilePattern } from "@/lib/forum/blocked-words";
import { RECORD_ID_SOURCE, recordId } from "@/lib/validation/record-id";

const id = recordId;
export const MAX_POST = 20_000;
export const MAX_TITLE = 150;

const localized = (min: number, max: number, tooShort: string, tooLong: string) =>
  z.object({
    pl: z.string().trim().min(min, tooShort).max(max, tooLong),
    en: z.string().trim().min(min, tooShort).max(max, tooLong),
    de: z.string().trim().min(min, tooShort).max(max, tooLong),
  });

export const categoryFieldsSchema = z.object({
  name: localized(3, 80, "forumCategoryNameTooShort", "forumCategoryNameTooLong"),
  description: localized(10, 400, "forumCategoryDescriptionTooShort", "forumCategoryDescriptionTooLong"),
  access: z.enum(ForumAccess, { error: "forumAccessRequired" }),
  openToPublic: z.boolean(),
});
export type CategoryFields = z.output<typeof categoryFieldsSchema>;
export type CategoryFieldsInput = z.input<typeof categoryFieldsSchema>;
export const updateCategorySchema = categoryFieldsSchema.extend({ categoryId: id });
export const moveCategorySchema = z.object({ categoryId: id, direction: z.enum(["up", "down"]) });

/** A browser-made key for one press of "send": the same key twice is one post. */
const submissionKey = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "notFound");
const body = z.string().trim().min(2, "forumPostTooShort").max(MAX_POST, "forumPostTooLong");
/** Pictures uploaded beforehand (lib/forum/images.ts), in the order they are shown. */
const imageIds = z
  .array(id)
  .max(4, "forumTooManyImages")
  .optional()
  .transform((value) => value ?? []);

const threadTitle = z.string().trim().min(5, "forumTitleTooShort").max(MAX_TITLE, "forumTitleTooLong");

export const startThreadSchema = z.object({
  categoryId: id,
  title: threadTitle,
  body,
  imageIds,
  actingFor: actingForSchema,
  submissionKey,
});
export type StartThreadInput = z.input<typeof startThreadSchema>;

export const replySchema = z.object({ threadId: id, body, imageIds, actingFor: actingForSchema, submissionKey });
export type ReplyInput = z.input<typeof replySchema>;

/**
 * What the post composer validates: a new thread's title and opening post,
 * or a reply (with no title to ask for). Both have one shape, so the composer
 * holds either; where the post goes is added on sending.
 */
const postFormFields = { body, imageIds, actingFor: actingForSchema, submissionKey };
export const threadFormSchema = z.object({ title: threadTitle, ...postFormFields });
export const replyFormSchema = z.object({ title: z.string(), ...postFormFields });
export type PostFormInput = z.input<typeof threadFormSchema>;

export const editPostSchema = z.object({ postId: id, body });
export const postIdSchema = z.object({ postId: id });
export const watchSchema = z.object({ type: z.enum(["ForumThread", "ForumCategory"]), id, watch: z.boolean() });

export const flagSchema = z.object({
  postId: id,
  reason: z.enum(ForumFlagReason, { error: "forumFlagReasonRequired" }),
  note: z.string().trim().max(500, "forumFlagNoteTooLong"),
});
export type FlagInput = z.input<typeof flagSchema>;
const postIds = z.array(id).min(1, "forumNothingSelected").max(100);
export const moderatePostsSchema = z.object({ postIds });
/**
 * Letting held posts through, or hidden ones back, carries per post the
 * fingerprint of the wording shown (lib/forum/held-version.ts).
 */
export const postsAsShownSchema = z.object({
  postIds,
  shown: z.record(id, z.string().regex(/^[0-9a-f]{32}$/, "notFound")),
});
export const hidePostsSchema = z.object({
  postIds,
  reason: z.string().trim().min(5, "forumHideReasonTooShort").max(500, "forumHideReasonTooLong"),
});
/** Why a moderator changed a thread, for its author (optional: pinning rarely needs one). */
const threadReason = z
  .string()
  .trim()
  .max(500, "forumHideReasonTooLong")
  .optional()
  .transform((value) => value ?? "");
export const threadStateSchema = z.object({
  threadId: id,
  locked: z.boolean().optional(),
  pinned: z.boolean().optional(),
  reason: threadReason,
});
export const moveThreadSchema = z.object({ threadId: id, categoryId: id, reason: threadReason });
export const suspendSchema = z.object({
  userId: id,
  days: z.coerce.number().int().min(1, "forumSuspensionDays").max(365, "forumSuspensionDays"),
  reason: z.string().trim().min(5, "forumSuspensionReasonTooShort").max(500, "forumSuspensionReasonTooLong"),
});
export const liftSuspensionSchema = z.object({ userId: id });
/** One pattern per line (lib/forum/blocked-words.ts); blank lines are skipped. */
export const blockedWordsSchema = z.object({
  patterns: z
    .string()
    .max(20_000)
    .transform((text) => [
      ...new Set(
        text
          .split("\n")
          .map((line) => line.trim().toLowerCase())
          .filter(Boolean),
      ),
    ])
    .refine((patterns) => patterns.every((pattern) => compilePattern(pattern) !== null), "forumBlockedPatternInvalid"),
});
export const splitThreadSchema = z.object({
  threadId: id,
  fromNumber: z.number().int().min(2),
  title: z.string().trim().min(5, "forumTitleTooShort").max(MAX_TITLE, "forumTitleTooLong"),
  reason: threadReason,
});
/** The thread to merge into, as its address (copied from the browser) or its id. */
export const mergeThreadsSchema = z.object({
  threadId: id,
  reason: threadReason,
  intoThread: z
    .string()
    .trim()
    .transform((value) => new RegExp(String.raw`(?:^|/)(${RECORD_ID_SOURCE})(?:[/?#]|$)`).exec(value)?.[1] ?? "")
    .refine((value) => value !== "", "forumMergeTargetInvalid"),
});
