// A news article as its writer's form sends it, checked the same way in the
// browser and on the server. Dates are Polish local time ("2026-12-01T09:00").
// Messages are keys under `forms.errors`.
import { z } from "zod";
import { moderationReasonSchema } from "@/lib/moderation/reason";
import { NewsKind } from "@/lib/generated/prisma/enums";
import { polishLocalToDate } from "@/lib/time/polish-local";
import { RECORD_ID_SOURCE, recordId } from "@/lib/validation/record-id";

export const newsKinds = Object.values(NewsKind);
export const MAX_NEWS_BODY = 50_000;

const id = recordId;

const optionalLocalDateTime = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || polishLocalToDate(value) !== null, message)
    .transform((value) => (value === "" ? null : polishLocalToDate(value)));

/** Who the article is written for: an organisation, an institution, or the platform (its administrators). */
export const newsAuthorSchema = z
  .string()
  .regex(
    new RegExp(`^(platform|organisation:${RECORD_ID_SOURCE}|institution:${RECORD_ID_SOURCE})$`),
    "newsAuthorRequired",
  );

const newsFieldsObject = z.object({
  kind: z.enum(NewsKind, { error: "newsKindRequired" }),
  title: z.string().trim().min(5, "newsTitleTooShort").max(200, "newsTitleTooLong"),
  lead: z.string().trim().min(20, "newsLeadTooShort").max(400, "newsLeadTooLong"),
  body: z.string().trim().min(20, "newsBodyTooShort").max(MAX_NEWS_BODY, "newsBodyTooLong"),
  eventStartsAt: optionalLocalDateTime("newsEventDateInvalid"),
  eventEndsAt: optionalLocalDateTime("newsEventDateInvalid"),
  eventPlace: z
    .string()
    .trim()
    .max(300, "newsEventPlaceTooLong")
    .transform((value) => value || null),
  sphereIds: z.array(z.string().regex(/^[a-z0-9-]{3,40}$/)).max(40),
  territoryCodes: z.array(z.string().regex(/^\d{2}(\d{2}(\d{3})?)?$/)).max(400),
});

function eventRules<T extends z.ZodType<{ kind: NewsKind; eventStartsAt: Date | null; eventEndsAt: Date | null }>>(
  schema: T,
) {
  return schema.superRefine((value, context) => {
    if (value.kind === "EVENT" && !value.eventStartsAt)
      context.addIssue({ code: "custom", path: ["eventStartsAt"], message: "newsEventDateRequired" });
    if (value.eventStartsAt && value.eventEndsAt && value.eventEndsAt < value.eventStartsAt)
      context.addIssue({ code: "custom", path: ["eventEndsAt"], message: "newsEventEndBeforeStart" });
  });
}

export type NewsFieldsInput = z.input<typeof newsFieldsObject>;
export type NewsFields = z.output<typeof newsFieldsObject>;

export const createNewsSchema = eventRules(newsFieldsObject.extend({ author: newsAuthorSchema }));
export const updateNewsSchema = eventRules(newsFieldsObject.extend({ articleId: id }));
export type CreateNewsInput = z.input<typeof createNewsSchema>;
/** What the article form validates: a new article's author is chosen in it; an edited one's is not shown. */
export const newsFormSchema = eventRules(newsFieldsObject.extend({ author: newsAuthorSchema.optional() }));
export type NewsFormInput = z.input<typeof newsFormSchema>;
export const newsArticleIdSchema = z.object({ articleId: id });
export const removeNewsImageSchema = z.object({ articleId: id, imageId: id });
export const removeNewsAttachmentSchema = z.object({ articleId: id, attachmentId: id });

/** Publishing (or sending for moderation): now, or at a later time. */
export const publishNewsSchema = z.object({
  articleId: id,
  publishAt: optionalLocalDateTime("newsPublishAtInvalid"),
});

/** The fingerprint of what the moderator was shown (lib/moderation/shown-version.ts): the decision applies to that only. */
const shown = z.string().regex(/^[0-9a-f]{32}$/, "notFound");
export const decideNewsSchema = z.object({ articleId: id, shown });
export const rejectNewsSchema = z.object({ articleId: id, reason: moderationReasonSchema });
export const rejectShownNewsSchema = rejectNewsSchema.extend({ shown });
export const featureNewsSchema = z.object({ articleId: id, featured: z.boolean() });
export const newsModerationSettingSchema = z.object({ mode: z.enum(["PRE", "POST"]) });

/** An article's fields with every optional one empty (seeds, tests). */
export function newsFieldsWith(
  required: Pick<NewsFields, "title" | "lead" | "body"> & Partial<NewsFields>,
): NewsFields {
  return {
    kind: "NEWS",
    eventStartsAt: null,
    eventEndsAt: null,
    eventPlace: null,
    sphereIds: [],
    territoryCodes: [],
    ...required,
  };
}

const storedFieldsObject = newsFieldsObject.extend({
  eventStartsAt: z.coerce.date().nullable(),
  eventEndsAt: z.coerce.date().nullable(),
  eventPlace: z.string().nullable(),
});

/**
 * An organisation's change waiting in an article's `pendingFields` (saved as
 * JSON, dates as ISO strings), read back; null when there is none.
 */
export function pendingNewsFieldsOf(value: unknown): NewsFields | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const parsed = storedFieldsObject.safeParse(value);
  return parsed.success ? parsed.data : null;
}
