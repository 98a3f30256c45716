// Inputs of a correction (design §2.6): the saves of the named sections
// (the draft's save envelope, the same per-section checks) and the submit
// with the revisions the applicant's tab last saw. Browser-safe.
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { offerSectionKeySchema } from "@/lib/offers/document/schema";
import { saveSectionsSchema } from "@/lib/offers/drafts/schemas";
import { recordId } from "@/lib/validation/record-id";

export const saveCorrectionSchema = saveSectionsSchema;
export type SaveCorrectionInput = z.input<typeof saveCorrectionSchema>;

export const submitCorrectionSchema = z.object({
  offerId: recordId,
  /** Each named section's revision as the submitting tab saw it (a stale tab is refused). */
  revisions: z.partialRecord(offerSectionKeySchema, z.number().int().min(0).max(1_000_000_000)),
  /** The language the field errors are written in. */
  locale: z.enum(locales),
});
export type SubmitCorrectionInput = z.input<typeof submitCorrectionSchema>;
