"use server";

import { linkOutcome, unlinkOutcome, type OutcomeRefusal } from "@/lib/ideas/outcomes/mutations";
import { outcomeScopeOf } from "@/lib/ideas/outcomes/queries";
import { linkOutcomeSchema, unlinkOutcomeSchema } from "@/lib/ideas/outcomes/schemas";
import { AppError } from "@/lib/errors";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction, signedInClient } from "@/lib/safe-action";

function institutionOf(scope: { institutionId?: string }): string {
  if (!scope.institutionId) throw new AppError("INTERNAL", "outcome action without an institution scope");
  return scope.institutionId;
}

/** An office links its entry to its own consultation, news article or library document. */
export const linkOutcomeAction = scopedAction(
  { name: "linkIdeaOutcome", permission: "ideas.answer" },
  linkOutcomeSchema,
  outcomeScopeOf,
  async ({ parsedInput, ctx }): MayRefuse<{ linked: string }, OutcomeRefusal> => ({
    linked: (
      await linkOutcome(
        ctx.actor,
        { kind: "institution", institutionId: institutionOf(ctx.scope) },
        parsedInput,
        ctx.meta,
      )
    ).id,
  }),
);

export const unlinkOutcomeAction = scopedAction(
  { name: "unlinkIdeaOutcome", permission: "ideas.answer" },
  unlinkOutcomeSchema,
  outcomeScopeOf,
  async ({ parsedInput, ctx }): Promise<{ unlinked: true }> => {
    await unlinkOutcome(
      ctx.actor,
      { kind: "institution", institutionId: institutionOf(ctx.scope) },
      parsedInput.outcomeId,
      ctx.meta,
    );
    return { unlinked: true };
  },
);

/** Administrators link the operator's and council's entries to any public item. */
export const linkPlatformOutcomeAction = signedInClient
  .metadata({ name: "linkPlatformIdeaOutcome", permission: "ideas.answerForPlatform" })
  .inputSchema(linkOutcomeSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ linked: string }, OutcomeRefusal> => ({
    linked: (await linkOutcome(ctx.actor, { kind: "platform" }, parsedInput, ctx.meta)).id,
  }));

export const unlinkPlatformOutcomeAction = signedInClient
  .metadata({ name: "unlinkPlatformIdeaOutcome", permission: "ideas.answerForPlatform" })
  .inputSchema(unlinkOutcomeSchema)
  .action(async ({ parsedInput, ctx }): Promise<{ unlinked: true }> => {
    await unlinkOutcome(ctx.actor, { kind: "platform" }, parsedInput.outcomeId, ctx.meta);
    return { unlinked: true };
  });
