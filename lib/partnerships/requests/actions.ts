"use server";

import { closePartnerRequest, renewPartnerRequest } from "@/lib/partnerships/requests/lifecycle";
import {
  acceptPartnerRequest,
  hidePartnerRequest,
  rejectPartnerRequest,
  restorePartnerRequest,
  type PartnerRequestModerationRefusal,
} from "@/lib/partnerships/requests/moderation";
import {
  createPartnerRequest,
  updatePartnerRequest,
  type PartnerRequestRefusal,
} from "@/lib/partnerships/requests/mutations";
import {
  acceptPartnerRequestSchema,
  closePartnerRequestSchema,
  createForInstitutionSchema,
  createForOrganisationSchema,
  hidePartnerRequestSchema,
  rejectPartnerRequestSchema,
  renewPartnerRequestSchema,
  restorePartnerRequestSchema,
  updatePartnerRequestSchema,
} from "@/lib/partnerships/requests/schemas";
import { newRequestScope, requestScope } from "@/lib/partnerships/requests/scope";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction, signedInClient } from "@/lib/safe-action";

// Acting for an organisation is "partnerships.actForOrganisation" (its owners
// and editors), for an office "partnerships.actForInstitution" (its officials,
// with two-factor authentication): each action exists once per kind of party,
// its scope found on the server. That the organisation is verified, and the
// request's own rules, are checked in lib/partnerships/requests. Moderation is
// "content.moderate".

const ORGANISATION = "partnerships.actForOrganisation" as const;
const INSTITUTION = "partnerships.actForInstitution" as const;
type Written = MayRefuse<{ slug: string }, PartnerRequestRefusal>;
/** Posted or saved: whether it (or the change) waits for a moderator, so the form can say so. */
type Saved = MayRefuse<{ slug: string; held: boolean }, PartnerRequestRefusal>;

export const createRequestForOrganisationAction = scopedAction(
  { name: "createPartnerRequestForOrganisation", permission: ORGANISATION },
  createForOrganisationSchema,
  newRequestScope,
  async ({ parsedInput: { organisationId, ...input }, ctx }): Saved =>
    createPartnerRequest(ctx.actor, { kind: "organisation", id: organisationId }, input, ctx.meta),
);

export const createRequestForInstitutionAction = scopedAction(
  { name: "createPartnerRequestForInstitution", permission: INSTITUTION },
  createForInstitutionSchema,
  newRequestScope,
  async ({ parsedInput: { institutionId, ...input }, ctx }): Saved =>
    createPartnerRequest(ctx.actor, { kind: "institution", id: institutionId }, input, ctx.meta),
);

export const updateOrganisationRequestAction = scopedAction(
  { name: "updateOrganisationPartnerRequest", permission: ORGANISATION },
  updatePartnerRequestSchema,
  (input) => requestScope("organisation", input.requestId),
  async ({ parsedInput: { requestId, ...fields }, ctx }): Saved =>
    updatePartnerRequest(ctx.actor, requestId, fields, ctx.meta),
);

export const updateInstitutionRequestAction = scopedAction(
  { name: "updateInstitutionPartnerRequest", permission: INSTITUTION },
  updatePartnerRequestSchema,
  (input) => requestScope("institution", input.requestId),
  async ({ parsedInput: { requestId, ...fields }, ctx }): Saved =>
    updatePartnerRequest(ctx.actor, requestId, fields, ctx.meta),
);

export const closeOrganisationRequestAction = scopedAction(
  { name: "closeOrganisationPartnerRequest", permission: ORGANISATION },
  closePartnerRequestSchema,
  (input) => requestScope("organisation", input.requestId),
  async ({ parsedInput, ctx }): Written =>
    closePartnerRequest(ctx.actor, parsedInput.requestId, parsedInput.note, ctx.meta),
);

export const closeInstitutionRequestAction = scopedAction(
  { name: "closeInstitutionPartnerRequest", permission: INSTITUTION },
  closePartnerRequestSchema,
  (input) => requestScope("institution", input.requestId),
  async ({ parsedInput, ctx }): Written =>
    closePartnerRequest(ctx.actor, parsedInput.requestId, parsedInput.note, ctx.meta),
);

export const renewOrganisationRequestAction = scopedAction(
  { name: "renewOrganisationPartnerRequest", permission: ORGANISATION },
  renewPartnerRequestSchema,
  (input) => requestScope("organisation", input.requestId),
  async ({ parsedInput, ctx }): Written =>
    renewPartnerRequest(ctx.actor, parsedInput.requestId, parsedInput.repliesCloseOn, ctx.meta),
);

export const renewInstitutionRequestAction = scopedAction(
  { name: "renewInstitutionPartnerRequest", permission: INSTITUTION },
  renewPartnerRequestSchema,
  (input) => requestScope("institution", input.requestId),
  async ({ parsedInput, ctx }): Written =>
    renewPartnerRequest(ctx.actor, parsedInput.requestId, parsedInput.repliesCloseOn, ctx.meta),
);

export const hidePartnerRequestAction = signedInClient
  .metadata({ name: "hidePartnerRequest", permission: "content.moderate" })
  .inputSchema(hidePartnerRequestSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ hidden: true }, PartnerRequestModerationRefusal> => {
    await hidePartnerRequest(ctx.actor, parsedInput.requestId, parsedInput.reason, ctx.meta);
    return { hidden: true };
  });

export const restorePartnerRequestAction = signedInClient
  .metadata({ name: "restorePartnerRequest", permission: "content.moderate", refresh: "evenWhenRefused" })
  .inputSchema(restorePartnerRequestSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ restored: true }, PartnerRequestModerationRefusal> => {
    await restorePartnerRequest(ctx.actor, parsedInput.requestId, parsedInput.shown, ctx.meta);
    return { restored: true };
  });

export const acceptPartnerRequestAction = signedInClient
  .metadata({ name: "acceptPartnerRequest", permission: "content.moderate", refresh: "evenWhenRefused" })
  .inputSchema(acceptPartnerRequestSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ accepted: true }, PartnerRequestModerationRefusal> => {
    await acceptPartnerRequest(ctx.actor, parsedInput.requestId, parsedInput.shown, ctx.meta);
    return { accepted: true };
  });

export const rejectPartnerRequestAction = signedInClient
  .metadata({ name: "rejectPartnerRequest", permission: "content.moderate", refresh: "evenWhenRefused" })
  .inputSchema(rejectPartnerRequestSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ rejected: true }, PartnerRequestModerationRefusal> => {
    await rejectPartnerRequest(ctx.actor, parsedInput.requestId, parsedInput.shown, parsedInput.reason, ctx.meta);
    return { rejected: true };
  });
