"use server";

import { changeOfficialRole, editInstitutionOffice, removeOfficial } from "@/lib/institutions/mutations";
import {
  changeOfficialRoleSchema,
  editInstitutionOfficeSchema,
  removeOfficialSchema,
} from "@/lib/institutions/schemas";
import { scopedAction } from "@/lib/safe-action";

const isOfficialOf = (actor: { institutions: { institutionId: string }[] }, institutionId: string) =>
  actor.institutions.some((m) => m.institutionId === institutionId);

export const editInstitutionOfficeAction = scopedAction(
  { name: "editInstitutionOffice", permission: "institution.edit" },
  editInstitutionOfficeSchema,
  async (input) => ({ institutionId: input.institutionId }),
  async ({ parsedInput, ctx }) => {
    await editInstitutionOffice(parsedInput.institutionId, parsedInput.office, {
      actorId: ctx.actor.id,
      ...ctx.meta,
      asMember: isOfficialOf(ctx.actor, parsedInput.institutionId),
    });
    return { saved: true };
  },
);

export const changeOfficialRoleAction = scopedAction(
  { name: "changeOfficialRole", permission: "institution.officials.approve" },
  changeOfficialRoleSchema,
  async (input) => ({ institutionId: input.institutionId }),
  async ({ parsedInput, ctx }) => {
    await changeOfficialRole(parsedInput.institutionId, parsedInput.userId, parsedInput.role, {
      actorId: ctx.actor.id,
      ...ctx.meta,
      asMember: isOfficialOf(ctx.actor, parsedInput.institutionId),
    });
    return { saved: true };
  },
);

export const removeOfficialAction = scopedAction(
  { name: "removeOfficial", permission: "institution.officials.approve" },
  removeOfficialSchema,
  async (input) => ({ institutionId: input.institutionId }),
  async ({ parsedInput, ctx }) => {
    await removeOfficial(parsedInput.institutionId, parsedInput.userId, {
      actorId: ctx.actor.id,
      ...ctx.meta,
      asMember: isOfficialOf(ctx.actor, parsedInput.institutionId),
    });
    return { saved: true };
  },
);
