"use server";

import { nominationCommission } from "@/lib/elections/queries";
import {
  consentAsCandidate,
  consentByToken,
  decideNomination,
  nominate,
  recommend,
  withdrawNomination,
  type NominationRefusal,
} from "@/lib/elections/nominations/mutations";
import {
  consentAsCandidateSchema,
  consentByTokenSchema,
  decideNominationSchema,
  nominateSchema,
  nominationIdSchema,
  recommendSchema,
} from "@/lib/elections/nominations/schemas";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { actionClient, scopedAction, signedInClient } from "@/lib/safe-action";

// Representatives act for their organisations (checked in lib/elections/nominations/mutations.ts
// against their memberships: "organisation.actFor"); the commission is checked here.

export const nominateAction = signedInClient
  .metadata({ name: "nominate", permission: "elections.takePart" })
  .inputSchema(nominateSchema)
  .action(async ({ parsedInput: { locale, ...input }, ctx }): MayRefuse<{ nominated: string }, NominationRefusal> => ({
    nominated: (await nominate(ctx.actor, { ...input, locale }, { ...ctx.meta, locale })).id,
  }));

export const consentByTokenAction = actionClient
  // Not refreshed: the link's page would only say the link is used up, hiding the thanks.
  .metadata({ name: "consentByToken", permission: "elections.consent", refresh: "never" })
  .inputSchema(consentByTokenSchema)
  .action(async ({ parsedInput: { token, ...decision }, ctx }): MayRefuse<{ decided: true }, NominationRefusal> => {
    await consentByToken(token, decision, { userId: ctx.actor?.id ?? null, ...ctx.meta });
    return { decided: true };
  });

export const consentAsCandidateAction = signedInClient
  .metadata({ name: "consentAsCandidate", permission: "elections.takePart" })
  .inputSchema(consentAsCandidateSchema)
  .action(
    async ({ parsedInput: { nominationId, ...decision }, ctx }): MayRefuse<{ decided: true }, NominationRefusal> => {
      await consentAsCandidate(ctx.actor, nominationId, decision, ctx.meta.ip);
      return { decided: true };
    },
  );

export const recommendAction = signedInClient
  .metadata({ name: "recommend", permission: "elections.takePart" })
  .inputSchema(recommendSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ recommended: boolean }, NominationRefusal> => {
    await recommend(ctx.actor, parsedInput, ctx.meta.ip);
    return { recommended: parsedInput.confirm };
  });

export const withdrawNominationAction = signedInClient
  .metadata({ name: "withdrawNomination", permission: "elections.takePart" })
  .inputSchema(nominationIdSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ withdrawn: true }, NominationRefusal> => {
    await withdrawNomination(ctx.actor, parsedInput.nominationId, ctx.meta.ip);
    return { withdrawn: true };
  });

export const decideNominationAction = scopedAction(
  { name: "decideNomination", permission: "elections.manage" },
  decideNominationSchema,
  nominationCommission,
  async ({ parsedInput, ctx }): MayRefuse<{ decided: true }, NominationRefusal> => {
    await decideNomination({ userId: ctx.actor.id, ...ctx.meta }, parsedInput);
    return { decided: true };
  },
);
