// Inputs of the formal check (design §2.3): checklist items, one offer's
// answers, and the three outcomes (complete, correction of named parts by a
// day, rejection with its reason). Browser-safe: the forms validate with them.
import { z } from "zod";
import { formalItemKinds } from "@/lib/competitions/formal/checklist";
import { offerSectionKeySchema } from "@/lib/offers/document/schema";

const id = z.string().min(1).max(64);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate");

export const MAX_REASON = 4_000;
export const MAX_LABEL = 300;
export const MAX_NOTE = 1_000;

export const openFormalCheckSchema = z.object({ competitionId: id });

export const addChecklistItemSchema = z.object({
  competitionId: id,
  label: z.string().trim().min(1, "required").max(MAX_LABEL),
  kind: z.enum(formalItemKinds),
});
export type AddChecklistItemInput = z.input<typeof addChecklistItemSchema>;

export const removeChecklistItemSchema = z.object({ itemId: id });

export const formalAnswers = ["MET", "NOT_MET", "NOT_APPLICABLE"] as const;
export type FormalAnswerValue = (typeof formalAnswers)[number];

export const saveAnswersSchema = z.object({
  offerId: id,
  answers: z
    .array(
      z.object({
        itemId: id,
        answer: z.enum(formalAnswers),
        note: z.string().trim().max(MAX_NOTE).optional(),
      }),
    )
    .min(1)
    .max(200)
    .refine((answers) => new Set(answers.map((a) => a.itemId)).size === answers.length, "invalid"),
});
export type SaveAnswersInput = z.input<typeof saveAnswersSchema>;

export const markCompleteSchema = z.object({ offerId: id });

export const rejectOfferSchema = z.object({
  offerId: id,
  reason: z.string().trim().min(1, "required").max(MAX_REASON),
});
export type RejectOfferInput = z.input<typeof rejectOfferSchema>;

export const requestCorrectionSchema = z
  .object({
    offerId: id,
    /** Sections of the template (the cost part's three go together, as the editor shows them). */
    sections: z.array(offerSectionKeySchema).max(offerSectionKeySchema.options.length).default([]),
    /** Attachment requirements of the competition whose files the applicant may replace. */
    attachments: z.array(id).max(50).default([]),
    message: z.string().trim().min(1, "required").max(MAX_REASON),
    /** The last Polish day to correct on (until 23:59:59). */
    dueOn: day,
  })
  .refine((input) => input.sections.length + input.attachments.length > 0, { path: ["sections"], message: "required" });
export type RequestCorrectionInput = z.input<typeof requestCorrectionSchema>;
