// An entry on the ideas board as its writer's form sends it, checked the same
// way in the browser and on the server. Messages are keys under `forms.errors`
// (shared words) or `ideas.errors` (the board's own, prefixed "idea").
import { z } from "zod";
import { actingForSchema } from "@/lib/auth/acting-as-schema";
import { IdeaKind } from "@/lib/generated/prisma/enums";
import { moderationReasonSchema } from "@/lib/moderation/reason";
import { RECORD_ID_SOURCE, recordId } from "@/lib/validation/record-id";

export const ideaKinds = Object.values(IdeaKind);
export const MAX_IDEA_TITLE = 200;
export const MAX_IDEA_BODY = 20_000;
export const MAX_TASK_FIELD = 5_000;
export const MAX_IDEA_IMAGES = 10;

/**
 * Who the entry is addressed to: an office of the region
 * ("institution:<id>"), the platform's operator, or the council.
 */
export const ideaAddresseeSchema = z
  .string()
  .regex(new RegExp(`^(operator|council|institution:${RECORD_ID_SOURCE})$`), "ideaAddresseeRequired");

export type AddresseeChoice =
  { addressee: "INSTITUTION"; institutionId: string } | { addressee: "OPERATOR" | "COUNCIL"; institutionId: null };

export function parseAddressee(value: string): AddresseeChoice {
  if (value === "operator") return { addressee: "OPERATOR", institutionId: null };
  if (value === "council") return { addressee: "COUNCIL", institutionId: null };
  return { addressee: "INSTITUTION", institutionId: value.slice("institution:".length) };
}

export const addresseeValue = (idea: { addressee: string; institutionId: string | null }) =>
  idea.addressee === "INSTITUTION" ? `institution:${idea.institutionId}` : idea.addressee.toLowerCase();

/** A browser-made key for one press of "send": the same key twice is one entry. */
export const submissionKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "notFound");

const taskField = z
  .string()
  .trim()
  .max(MAX_TASK_FIELD, "ideaTaskFieldTooLong")
  .transform((value) => value || null);

/** Złote with up to two decimals, a comma or a point ("12 500,50"); empty when not given. */
const costField = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s\u00a0]/g, "").replace(",", "."))
  .refine((value) => value === "" || /^\d{1,12}(\.\d{1,2})?$/.test(value), "ideaTaskCostInvalid")
  .transform((value) => (value === "" ? null : value));

const ideaFieldsObject = z.object({
  kind: z.enum(IdeaKind, { error: "ideaKindRequired" }),
  addressee: ideaAddresseeSchema,
  title: z.string().trim().min(5, "ideaTitleTooShort").max(MAX_IDEA_TITLE, "ideaTitleTooLong"),
  body: z.string().trim().min(20, "ideaBodyTooShort").max(MAX_IDEA_BODY, "ideaBodyTooLong"),
  sphereIds: z.array(z.string().regex(/^[a-z0-9-]{3,40}$/, "ideaSphereUnknown")).max(40, "ideaTooManySpheres"),
  territoryCodes: z
    .array(z.string().regex(/^\d{2}(\d{2}(\d{3})?)?$/, "ideaTerritoryUnknown"))
    .max(100, "ideaTooManyTerritories"),
  /** Pictures uploaded beforehand (lib/ideas/files.ts) and shown in the description. */
  imageIds: z
    .array(recordId)
    .max(MAX_IDEA_IMAGES, "ideaTooManyImages")
    .optional()
    .transform((value) => value ?? []),
  taskScope: taskField,
  taskPlaceAndTime: taskField,
  taskExpectedResults: taskField,
  taskEstimatedCost: costField,
});

/** A proposal of a public task gives what an offer on the organisation's own initiative gives (art. 12 UDPP). */
function taskRules<T extends z.ZodType<IdeaFields>>(schema: T) {
  return schema.superRefine((value, context) => {
    if (value.kind !== "TASK_PROPOSAL") return;
    const required = [
      ["taskScope", "ideaTaskScopeRequired"],
      ["taskPlaceAndTime", "ideaTaskPlaceAndTimeRequired"],
      ["taskExpectedResults", "ideaTaskExpectedResultsRequired"],
      ["taskEstimatedCost", "ideaTaskCostRequired"],
    ] as const;
    for (const [field, message] of required)
      if (!value[field]) context.addIssue({ code: "custom", path: [field], message });
  });
}

export type IdeaFieldsInput = z.input<typeof ideaFieldsObject>;
export type IdeaFields = z.output<typeof ideaFieldsObject>;

export const createIdeaSchema = taskRules(
  ideaFieldsObject.extend({ actingFor: actingForSchema, submissionKey: submissionKeySchema }),
);
export type CreateIdeaInput = z.input<typeof createIdeaSchema>;
export const updateIdeaSchema = taskRules(ideaFieldsObject.extend({ ideaId: recordId }));
export type UpdateIdeaInput = z.input<typeof updateIdeaSchema>;
/** What the entry form validates: a new entry's "acting as" and key; an edited one keeps its author. */
export const ideaFormSchema = taskRules(
  ideaFieldsObject.extend({ actingFor: actingForSchema, submissionKey: submissionKeySchema.optional() }),
);
export type IdeaFormInput = z.input<typeof ideaFormSchema>;

/** The fields an edit leaves waiting for a moderator, read back from `pendingFields`; null when none. */
export function pendingIdeaFieldsOf(value: unknown): IdeaFields | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const parsed = ideaFieldsObject
    .extend({
      taskScope: z.string().nullable(),
      taskPlaceAndTime: z.string().nullable(),
      taskExpectedResults: z.string().nullable(),
      taskEstimatedCost: z.string().nullable(),
    })
    .safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const ideaIdSchema = z.object({ ideaId: recordId });
/** The fingerprint of what the moderator was shown (lib/moderation/shown-version.ts). */
const shown = z.string().regex(/^[0-9a-f]{32}$/, "notFound");
export const decideIdeaSchema = z.object({ ideaId: recordId, shown });
export const rejectIdeaSchema = z.object({ ideaId: recordId, shown, reason: moderationReasonSchema });
export const hideIdeaSchema = z.object({ ideaId: recordId, reason: moderationReasonSchema });
export const removeIdeaAttachmentSchema = z.object({ ideaId: recordId, attachmentId: recordId });

export const ideaSettingsSchema = z.object({
  moderation: z.enum(["PRE", "POST"]),
  mustAnswerOrganisations: z.coerce
    .number({ error: "ideaThresholdInvalid" })
    .int("ideaThresholdInvalid")
    .min(1, "ideaThresholdInvalid")
    .max(1000, "ideaThresholdInvalid"),
});
export type IdeaSettingsInput = z.input<typeof ideaSettingsSchema>;

/** The title typed so far, for similar entries before publishing. */
export const similarIdeasSchema = z.object({ title: z.string().trim().min(3).max(MAX_IDEA_TITLE) });
