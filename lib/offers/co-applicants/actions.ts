"use server";

// The co-applicant's answers to a joint offer. The scope is the organisation
// of the co-applicant row named (looked up on the server: a row that does not
// exist is NOT_FOUND), so only that organisation's owners and editors pass;
// the lead's people cannot answer for it.
import {
  acceptCoApplication,
  declineCoApplication,
  leaveCoApplication,
  type ConsentRefusal,
} from "@/lib/offers/co-applicants/consent";
import { coApplicantRowScope } from "@/lib/offers/co-applicants/scope";
import { coApplicantSchema } from "@/lib/offers/drafts/schemas";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction } from "@/lib/safe-action";

export const acceptCoApplicationAction = scopedAction(
  { name: "acceptOfferCoApplication", permission: "offers.prepare" },
  coApplicantSchema,
  (input) => coApplicantRowScope(input.offerId, input.organisationId),
  async ({ parsedInput, ctx }): MayRefuse<void, ConsentRefusal> =>
    acceptCoApplication(parsedInput.offerId, parsedInput.organisationId, ctx.actor, ctx.meta),
);

export const declineCoApplicationAction = scopedAction(
  { name: "declineOfferCoApplication", permission: "offers.prepare" },
  coApplicantSchema,
  (input) => coApplicantRowScope(input.offerId, input.organisationId),
  async ({ parsedInput, ctx }): MayRefuse<void, ConsentRefusal> =>
    declineCoApplication(parsedInput.offerId, parsedInput.organisationId, ctx.actor, ctx.meta),
);

export const leaveCoApplicationAction = scopedAction(
  { name: "leaveOfferCoApplication", permission: "offers.prepare" },
  coApplicantSchema,
  (input) => coApplicantRowScope(input.offerId, input.organisationId),
  async ({ parsedInput, ctx }): MayRefuse<void, ConsentRefusal> =>
    leaveCoApplication(parsedInput.offerId, parsedInput.organisationId, ctx.actor, ctx.meta),
);
