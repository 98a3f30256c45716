"use server";

import { returnValidationErrors } from "next-safe-action";
import { can } from "@/lib/auth/permissions";
import { applyKrsImport, previewKrsImport } from "@/lib/krs/import";
import { acceptInvitation, invitationScope, inviteMember, revokeInvitation } from "@/lib/organisations/invitations";
import {
  decideMembershipRequest,
  membershipRequestScope,
  requestMembership,
  withdrawMembershipRequest,
} from "@/lib/organisations/membership-requests";
import { changeMemberRole, removeMember } from "@/lib/organisations/members";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import {
  editOrganisation,
  registerOrganisation,
  setOrganisationVerified,
  type VerificationRefusal,
} from "@/lib/organisations/records";
import {
  acceptInvitationSchema,
  changeMemberRoleSchema,
  decideMembershipRequestSchema,
  editOrganisationSchema,
  invitationIdSchema,
  inviteMemberSchema,
  membershipRequestIdSchema,
  organisationIdSchema,
  organisationRecordSchema,
  removeMemberSchema,
  requestOfficialStatusSchema,
  requestToJoinSchema,
  setOrganisationVerifiedSchema,
  removeOrganisationDocumentSchema,
} from "@/lib/organisations/schemas";
import { editOrganisationProfileSchema } from "@/lib/organisations/profile/schemas";
import { removeOrganisationDocument } from "@/lib/organisations/documents/mutations";
import { removeLogo } from "@/lib/organisations/logo";
import { saveProfile } from "@/lib/organisations/profile/mutations";
import { organisationScope } from "@/lib/organisations/route-access";
import { AppError } from "@/lib/errors";
import { scopedAction, signedInClient } from "@/lib/safe-action";

/** Whether the actor holds a membership there, rather than acting as a platform administrator. */
const isMemberOf = (actor: { organisations: { organisationId: string }[] }, organisationId: string) =>
  actor.organisations.some((m) => m.organisationId === organisationId);

export const registerOrganisationAction = signedInClient
  .metadata({ name: "registerOrganisation", permission: "organisations.register" })
  .inputSchema(organisationRecordSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await registerOrganisation(parsedInput, { actorId: ctx.actor.id, ...ctx.meta });
    if (!outcome.ok)
      returnValidationErrors(organisationRecordSchema, { [outcome.field]: { _errors: [outcome.problem] } });
    return { slug: outcome.slug };
  });

export const editOrganisationAction = scopedAction(
  { name: "editOrganisation", permission: "organisation.edit" },
  editOrganisationSchema,
  async (input) => ({ organisationId: input.organisationId }),
  async ({ parsedInput, ctx }) => {
    const outcome = await editOrganisation(parsedInput.organisationId, parsedInput.record, {
      actorId: ctx.actor.id,
      ...ctx.meta,
      asMember: isMemberOf(ctx.actor, parsedInput.organisationId),
      mayVerify: can(ctx.actor, "organisations.verify"),
    });
    if (!outcome.ok)
      returnValidationErrors(editOrganisationSchema, { record: { [outcome.field]: { _errors: [outcome.problem] } } });
    return { slug: outcome.slug, verificationWithdrawn: outcome.verificationWithdrawn };
  },
);

export const setOrganisationVerifiedAction = signedInClient
  .metadata({ name: "setOrganisationVerified", permission: "organisations.verify" })
  .inputSchema(setOrganisationVerifiedSchema)
  .action(
    async ({ parsedInput: { organisationId, ...decision }, ctx }): MayRefuse<{ saved: true }, VerificationRefusal> => {
      await setOrganisationVerified(organisationId, decision, { actorId: ctx.actor.id, ...ctx.meta });
      return { saved: true };
    },
  );

export const requestToJoinAction = signedInClient
  .metadata({ name: "requestToJoin", permission: "organisations.requestMembership" })
  .inputSchema(requestToJoinSchema)
  .action(async ({ parsedInput, ctx }) => {
    await requestMembership({ organisationId: parsedInput.organisationId }, parsedInput.message, {
      actorId: ctx.actor.id,
      ...ctx.meta,
    });
    return { sent: true };
  });

export const requestOfficialStatusAction = signedInClient
  .metadata({ name: "requestOfficialStatus", permission: "institutions.requestMembership" })
  .inputSchema(requestOfficialStatusSchema)
  .action(async ({ parsedInput, ctx }) => {
    await requestMembership({ institutionId: parsedInput.institutionId }, parsedInput.message, {
      actorId: ctx.actor.id,
      ...ctx.meta,
    });
    return { sent: true };
  });

export const withdrawMembershipRequestAction = signedInClient
  .metadata({ name: "withdrawMembershipRequest", permission: "account.manage" })
  .inputSchema(membershipRequestIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    // Scoped to the actor's own requests inside the mutation.
    await withdrawMembershipRequest(parsedInput.requestId, { actorId: ctx.actor.id, ...ctx.meta });
    return { saved: true };
  });

/** Organisation requests need organisation.members.manage, institution requests institution.officials.approve. */
export const decideJoinRequestAction = scopedAction(
  { name: "decideJoinRequest", permission: "organisation.members.manage" },
  decideMembershipRequestSchema,
  async (input) => {
    const scope = await membershipRequestScope(input.requestId);
    return scope?.organisationId ? { organisationId: scope.organisationId } : null;
  },
  async ({ parsedInput, ctx }) => {
    await decideMembershipRequest(parsedInput.requestId, parsedInput, { actorId: ctx.actor.id, ...ctx.meta });
    return { saved: true };
  },
);

export const decideOfficialRequestAction = scopedAction(
  { name: "decideOfficialRequest", permission: "institution.officials.approve" },
  decideMembershipRequestSchema,
  async (input) => {
    const scope = await membershipRequestScope(input.requestId);
    return scope?.institutionId ? { institutionId: scope.institutionId } : null;
  },
  async ({ parsedInput, ctx }) => {
    await decideMembershipRequest(parsedInput.requestId, parsedInput, { actorId: ctx.actor.id, ...ctx.meta });
    return { saved: true };
  },
);

export const changeMemberRoleAction = scopedAction(
  { name: "changeMemberRole", permission: "organisation.members.manage" },
  changeMemberRoleSchema,
  async (input) => ({ organisationId: input.organisationId }),
  async ({ parsedInput, ctx }) => {
    await changeMemberRole(parsedInput.organisationId, parsedInput.userId, parsedInput.role, {
      actorId: ctx.actor.id,
      ...ctx.meta,
      asMember: isMemberOf(ctx.actor, parsedInput.organisationId),
    });
    return { saved: true };
  },
);

export const removeMemberAction = scopedAction(
  { name: "removeMember", permission: "organisation.members.manage" },
  removeMemberSchema,
  async (input) => ({ organisationId: input.organisationId }),
  async ({ parsedInput, ctx }) => {
    await removeMember(parsedInput.organisationId, parsedInput.userId, {
      actorId: ctx.actor.id,
      ...ctx.meta,
      asMember: isMemberOf(ctx.actor, parsedInput.organisationId),
    });
    return { saved: true };
  },
);

export const leaveOrganisationAction = scopedAction(
  { name: "leaveOrganisation", permission: "organisation.leave" },
  organisationIdSchema,
  async (input) => ({ organisationId: input.organisationId }),
  async ({ parsedInput, ctx }) => {
    await removeMember(parsedInput.organisationId, ctx.actor.id, {
      actorId: ctx.actor.id,
      ...ctx.meta,
      asMember: true,
    });
    return { saved: true };
  },
);

export const inviteMemberAction = scopedAction(
  { name: "inviteMember", permission: "organisation.members.manage" },
  inviteMemberSchema,
  async (input) => ({ organisationId: input.organisationId }),
  async ({ parsedInput, ctx }) => {
    const outcome = await inviteMember(parsedInput.organisationId, parsedInput, { actorId: ctx.actor.id, ...ctx.meta });
    if (!outcome.ok) returnValidationErrors(inviteMemberSchema, { email: { _errors: [outcome.problem] } });
    return { sent: true };
  },
);

export const revokeInvitationAction = scopedAction(
  { name: "revokeInvitation", permission: "organisation.members.manage" },
  invitationIdSchema,
  async (input) => invitationScope(input.invitationId),
  async ({ parsedInput, ctx }) => {
    await revokeInvitation(parsedInput.invitationId, { actorId: ctx.actor.id, ...ctx.meta });
    return { saved: true };
  },
);

export const acceptInvitationAction = signedInClient
  // Not refreshed: the invitation page would re-render as "already accepted" over the success panel.
  .metadata({ name: "acceptInvitation", permission: "invitations.accept", refresh: "never" })
  .inputSchema(acceptInvitationSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { slug } = await acceptInvitation(parsedInput.token, ctx.actor, ctx.meta);
    return { slug };
  });

export const previewKrsImportAction = scopedAction(
  { name: "previewKrsImport", permission: "organisation.edit" },
  organisationIdSchema,
  async (input) => ({ organisationId: input.organisationId }),
  async ({ parsedInput }) => previewKrsImport(parsedInput.organisationId),
);

export const applyKrsImportAction = scopedAction(
  { name: "applyKrsImport", permission: "organisation.edit" },
  organisationIdSchema,
  async (input) => ({ organisationId: input.organisationId }),
  async ({ parsedInput, ctx }) => {
    const result = await applyKrsImport(parsedInput.organisationId, {
      actorId: ctx.actor.id,
      ...ctx.meta,
      asMember: isMemberOf(ctx.actor, parsedInput.organisationId),
    });
    return result;
  },
);

export const editOrganisationProfileAction = scopedAction(
  { name: "editOrganisationProfile", permission: "organisation.edit" },
  editOrganisationProfileSchema,
  async (input) => ({ organisationId: input.organisationId }),
  async ({ parsedInput, ctx }) => {
    const outcome = await saveProfile(parsedInput.organisationId, parsedInput.profile, {
      actorId: ctx.actor.id,
      ...ctx.meta,
      asMember: isMemberOf(ctx.actor, parsedInput.organisationId),
    });
    if (!outcome.ok)
      returnValidationErrors(editOrganisationProfileSchema, {
        profile: { [outcome.field]: { _errors: [outcome.problem] } },
      });
    return { saved: true };
  },
);

export const removeOrganisationLogoAction = scopedAction(
  { name: "removeOrganisationLogo", permission: "organisation.edit" },
  organisationIdSchema,
  async (input) => organisationScope({ id: input.organisationId }),
  async ({ parsedInput, ctx }) => {
    await removeLogo(parsedInput.organisationId, ctx.actor.id);
    return { removed: true };
  },
);

export const removeOrganisationDocumentAction = scopedAction(
  { name: "removeOrganisationDocument", permission: "organisation.edit" },
  removeOrganisationDocumentSchema,
  async (input) => organisationScope({ id: input.organisationId }),
  async ({ parsedInput, ctx }) => {
    if (!(await removeOrganisationDocument(parsedInput.organisationId, parsedInput.documentId, ctx.actor.id)))
      throw new AppError("NOT_FOUND", "removeOrganisationDocument");
    return { removed: true };
  },
);
