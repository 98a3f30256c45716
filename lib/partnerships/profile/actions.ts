"use server";

import { savePartnershipProfile } from "@/lib/partnerships/profile/mutations";
import { editPartnershipProfileSchema } from "@/lib/partnerships/profile/schemas";
import { organisationScope } from "@/lib/organisations/route-access";
import { scopedAction } from "@/lib/safe-action";

/** Owners and editors of the organisation (and platform administrators), as for the rest of its profile. */
export const editPartnershipProfileAction = scopedAction(
  { name: "editPartnershipProfile", permission: "organisation.edit" },
  editPartnershipProfileSchema,
  async (input) => organisationScope({ id: input.organisationId }),
  async ({ parsedInput, ctx }) => {
    await savePartnershipProfile(parsedInput.organisationId, parsedInput.profile, {
      actorId: ctx.actor.id,
      ...ctx.meta,
      asMember: ctx.actor.organisations.some((m) => m.organisationId === parsedInput.organisationId),
    });
    return { saved: true };
  },
);
