// Inputs of submission, withdrawal and reopening. The offer is named by id
// only: which organisation it belongs to is looked up on the server.
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { offerSectionKeySchema } from "@/lib/offers/document/schema";
import { recordId } from "@/lib/validation/record-id";

export const submitOfferSchema = z.object({
  offerId: recordId,
  /** Each section's revision as the submitting page saw it (design §6: a stale tab is refused). */
  revisions: z.partialRecord(offerSectionKeySchema, z.number().int().min(0).max(1_000_000_000)),
  /** The language the refusals' words are written in. */
  locale: z.enum(locales),
});

export const offerIdSchema = z.object({ offerId: recordId });
