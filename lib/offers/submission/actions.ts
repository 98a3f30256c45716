"use server";

import { submitOffer, type SubmitRefusal, type Submitted } from "@/lib/offers/submission/mutations";
import { offerLeadScope } from "@/lib/offers/submission/policy";
import { offerIdSchema, submitOfferSchema } from "@/lib/offers/submission/schemas";
import { reopenOffer, withdrawOffer, type ReopenRefusal, type WithdrawRefusal } from "@/lib/offers/submission/withdraw";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction } from "@/lib/safe-action";

export const submitOfferAction = scopedAction(
  { name: "submitOffer", permission: "offers.submit" },
  submitOfferSchema,
  (input) => offerLeadScope(input.offerId),
  async ({ parsedInput: { locale, ...input }, ctx }): MayRefuse<Submitted, SubmitRefusal> =>
    submitOffer({ offerId: input.offerId, revisions: input.revisions as Record<string, number> }, ctx.actor, locale),
);

export const withdrawOfferAction = scopedAction(
  { name: "withdrawOffer", permission: "offers.submit" },
  offerIdSchema,
  (input) => offerLeadScope(input.offerId),
  async ({ parsedInput, ctx }): MayRefuse<{ withdrawn: true }, WithdrawRefusal> => {
    await withdrawOffer(parsedInput.offerId, ctx.actor);
    return { withdrawn: true };
  },
);

export const reopenOfferAction = scopedAction(
  { name: "reopenOffer", permission: "offers.submit" },
  offerIdSchema,
  (input) => offerLeadScope(input.offerId),
  async ({ parsedInput, ctx }): MayRefuse<{ reopened: true }, ReopenRefusal> => {
    await reopenOffer(parsedInput.offerId, ctx.actor);
    return { reopened: true };
  },
);
