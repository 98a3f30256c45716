"use server";

import { partyAction } from "@/lib/partnerships/interests/party-action";
import { partnershipSideOf as sideOf } from "@/lib/partnerships/interests/scopes";
import {
  completePartnership,
  confirmPartnership,
  endPartnership,
  setPartnershipConsent,
} from "@/lib/partnerships/workflow/mutations";
import type { PartnershipRefusal } from "@/lib/partnerships/workflow/policy";
import {
  completePartnershipSchema,
  confirmPartnershipSchema,
  endPartnershipSchema,
  partnershipConsentSchema,
} from "@/lib/partnerships/workflow/schemas";
import type { MayRefuse } from "@/lib/rule-errors/refusals";

type Refusal = PartnershipRefusal | "unverified";

export const confirmPartnershipAction = partyAction(
  "confirmPartnership",
  confirmPartnershipSchema,
  sideOf,
  async ({ parsedInput, ctx, party }): MayRefuse<{ confirmed: true; formed: boolean }, Refusal> => ({
    confirmed: true,
    ...(await confirmPartnership(ctx.actor.id, party, parsedInput, ctx.meta)),
  }),
);

export const partnershipConsentAction = partyAction(
  "setPartnershipConsent",
  partnershipConsentSchema,
  sideOf,
  async ({ parsedInput, ctx, party }): MayRefuse<{ saved: true }, Refusal> => {
    await setPartnershipConsent(ctx.actor.id, party, parsedInput, ctx.meta);
    return { saved: true };
  },
);

export const endPartnershipAction = partyAction(
  "endPartnership",
  endPartnershipSchema,
  sideOf,
  async ({ parsedInput, ctx, party }): MayRefuse<{ ended: true }, Refusal> => {
    await endPartnership(ctx.actor.id, party, parsedInput, ctx.meta);
    return { ended: true };
  },
);

export const completePartnershipAction = partyAction(
  "completePartnership",
  completePartnershipSchema,
  sideOf,
  async ({ parsedInput, ctx, party }): MayRefuse<{ completed: true }, Refusal> => {
    await completePartnership(ctx.actor.id, party, parsedInput, ctx.meta);
    return { completed: true };
  },
);
