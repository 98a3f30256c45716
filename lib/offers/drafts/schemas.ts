// Inputs of drafting: starting an offer, saving sections (the server action
// and the sendBeacon route take the same body) and changing co-applicants.
// A section's content is validated by its own schema from
// lib/offers/document/schema.ts (lenient: a draft holds anything of the
// right type); the save schema checks the envelope.
import { z } from "zod";
import { offerSectionKeySchema, sectionSchemas, type OfferSectionKey } from "@/lib/offers/document/schema";

const id = z.string().min(1).max(64);

/** At most this many co-applicants (the document's applicants list allows 20 with the lead). */
export const MAX_CO_APPLICANTS = 19;

export const createOfferSchema = z
  .object({
    competitionId: id,
    taskId: id.min(1, "required"),
    /** The organisation the person drafts for (the lead); the action checks their role there. */
    organisationId: id.min(1, "required"),
    kind: z.enum(["SINGLE", "JOINT"]),
    coApplicantIds: z.array(id).max(MAX_CO_APPLICANTS).default([]),
    partnershipId: id.optional(),
  })
  .refine((input) => input.kind === "SINGLE" || input.coApplicantIds.length > 0, {
    path: ["coApplicantIds"],
    message: "required",
  });
export type CreateOfferInput = z.input<typeof createOfferSchema>;

/** 256 KiB of JSON per section: far above a real section, far below the body limit of actions. */
export const MAX_SECTION_BYTES = 256 * 1024;

export const sectionSaveSchema = z
  .object({
    key: offerSectionKeySchema,
    baseRevision: z.number().int().min(0),
    content: z.unknown(),
  })
  .transform((save, context) => {
    if (JSON.stringify(save.content ?? null).length > MAX_SECTION_BYTES) {
      context.addIssue({ code: "custom", message: "tooLong", path: ["content"] });
      return z.NEVER;
    }
    const parsed = sectionSchemas[save.key].safeParse(save.content);
    if (!parsed.success) {
      context.addIssue({ code: "custom", message: "invalid", path: ["content"] });
      return z.NEVER;
    }
    return { key: save.key as OfferSectionKey, baseRevision: save.baseRevision, content: parsed.data as unknown };
  });
export type SectionSave = z.output<typeof sectionSaveSchema>;

export const saveSectionsSchema = z.object({
  offerId: id,
  sections: z
    .array(sectionSaveSchema)
    .min(1)
    .max(offerSectionKeySchema.options.length)
    // One save per section: two of the same key in one request would race with themselves.
    .refine((saves) => new Set(saves.map((save) => save.key)).size === saves.length, "invalid"),
});
export type SaveSectionsInput = z.input<typeof saveSectionsSchema>;

export const coApplicantSchema = z.object({ offerId: id, organisationId: id });
