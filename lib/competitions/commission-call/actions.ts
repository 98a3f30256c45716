"use server";

// Nominating and withdrawing are "competitions.nominate" (an organisation's
// OWNER) in the organisation named, or the one the nomination belongs to,
// looked up on the server.
import { nominate, withdrawNomination, type NominationRefusal } from "@/lib/competitions/commission-call/mutations";
import { nominateSchema, withdrawNominationSchema } from "@/lib/competitions/commission-call/schemas";
import { nominationScope, organisationScope } from "@/lib/competitions/commission-call/queries";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction } from "@/lib/safe-action";

export const nominateAction = scopedAction(
  { name: "nominateCommissionMember", permission: "competitions.nominate" },
  nominateSchema,
  organisationScope,
  async ({ parsedInput, ctx }): MayRefuse<{ nominated: string }, NominationRefusal> => ({
    nominated: (await nominate(ctx.actor, parsedInput)).id,
  }),
);

export const withdrawNominationAction = scopedAction(
  { name: "withdrawCommissionNomination", permission: "competitions.nominate" },
  withdrawNominationSchema,
  nominationScope,
  async ({ parsedInput }): MayRefuse<{ withdrawn: true }, NominationRefusal> => {
    await withdrawNomination(parsedInput.nominationId);
    return { withdrawn: true };
  },
);
