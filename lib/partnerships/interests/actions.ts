"use server";

import {
  acceptInterest,
  declineInterests,
  shortlistInterest,
  type DecisionRefusal,
} from "@/lib/partnerships/interests/decisions";
import { sendInterest, withdrawInterest, type WithdrawRefusal } from "@/lib/partnerships/interests/mutations";
import { partyAction } from "@/lib/partnerships/interests/party-action";
import { authorOfInterestsRequest, authorOfRequest, chosenSide, senderOf } from "@/lib/partnerships/interests/scopes";
import type { InterestRefusal } from "@/lib/partnerships/interests/policy";
import { declineInterestsSchema, interestIdSchema, sendInterestSchema } from "@/lib/partnerships/interests/schemas";
import type { MayRefuse } from "@/lib/rule-errors/refusals";

type Unverified = "unverified";

export const sendInterestAction = partyAction(
  "sendPartnerInterest",
  sendInterestSchema,
  chosenSide,
  async ({ parsedInput, ctx, party }): MayRefuse<{ sent: true; interestId: string }, InterestRefusal | Unverified> => ({
    sent: true,
    ...(await sendInterest(ctx.actor.id, party, parsedInput, ctx.meta)),
  }),
);

export const withdrawInterestAction = partyAction(
  "withdrawPartnerInterest",
  interestIdSchema,
  senderOf,
  async ({ parsedInput, ctx, party }): MayRefuse<{ withdrawn: true }, WithdrawRefusal | Unverified> => {
    await withdrawInterest(ctx.actor.id, party, parsedInput.interestId, ctx.meta);
    return { withdrawn: true };
  },
);

export const shortlistInterestAction = partyAction(
  "shortlistPartnerInterest",
  interestIdSchema,
  authorOfInterestsRequest,
  async ({ parsedInput, ctx, party }): MayRefuse<{ shortlisted: true }, DecisionRefusal | Unverified> => {
    await shortlistInterest(ctx.actor.id, party, parsedInput.interestId, ctx.meta);
    return { shortlisted: true };
  },
);

export const acceptInterestAction = partyAction(
  "acceptPartnerInterest",
  interestIdSchema,
  authorOfInterestsRequest,
  async ({
    parsedInput,
    ctx,
    party,
  }): MayRefuse<{ accepted: true; partnershipId: string }, DecisionRefusal | Unverified> => ({
    accepted: true,
    ...(await acceptInterest(ctx.actor.id, party, parsedInput.interestId, ctx.meta)),
  }),
);

export const declineInterestsAction = partyAction(
  "declinePartnerInterests",
  declineInterestsSchema,
  authorOfRequest,
  async ({ parsedInput, ctx, party }): MayRefuse<{ declined: number }, DecisionRefusal | Unverified> =>
    declineInterests(ctx.actor.id, party, parsedInput, ctx.meta),
);
