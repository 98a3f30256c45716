"use server";

// The applicant's side of a correction: saves of the named sections and the
// submit, by the lead organisation's owners and editors (offers.correct in
// the lead's scope; a co-applicant reads the request but the lead answers
// it, as the lead submitted the offer).
import { saveCorrectionSections, type CorrectionRefusal } from "@/lib/offers/corrections/mutations";
import { saveCorrectionSchema, submitCorrectionSchema } from "@/lib/offers/corrections/schemas";
import { submitCorrection, type CorrectionSubmitted } from "@/lib/offers/corrections/submit";
import type { SaveOutcome } from "@/lib/offers/drafts/conflicts";
import { offerLeadScope } from "@/lib/offers/submission/policy";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction } from "@/lib/safe-action";

export const saveCorrectionSectionsAction = scopedAction(
  // As the draft's save: the editor shows the saved state itself, and only the applicants see the draft.
  { name: "saveCorrectionSections", permission: "offers.correct", refresh: "never", writes: "personal" },
  saveCorrectionSchema,
  (input) => offerLeadScope(input.offerId),
  async ({ parsedInput, ctx }): MayRefuse<SaveOutcome, CorrectionRefusal> =>
    saveCorrectionSections(parsedInput.offerId, parsedInput.sections, ctx.actor),
);

export const submitCorrectionAction = scopedAction(
  { name: "submitOfferCorrection", permission: "offers.correct", writes: "personal" },
  submitCorrectionSchema,
  (input) => offerLeadScope(input.offerId),
  async ({ parsedInput: { locale, ...input }, ctx }): MayRefuse<CorrectionSubmitted, CorrectionRefusal> =>
    submitCorrection(input, ctx.actor, locale),
);
