"use server";

import { answerIdea, type AnswerRefusal } from "@/lib/ideas/answers/mutations";
import { answerIdeaSchema } from "@/lib/ideas/answers/schemas";
import { addresseeOf } from "@/lib/ideas/answers/queries";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction, signedInClient } from "@/lib/safe-action";

/** An office's answer on an entry addressed to it (its officials, or an administrator on its behalf). */
export const answerIdeaAction = scopedAction(
  // Refreshed even when refused: a status changed meanwhile is shown with the answer that changed it.
  { name: "answerIdea", permission: "ideas.answer", refresh: "evenWhenRefused" },
  answerIdeaSchema,
  async ({ ideaId }) => {
    const addressee = await addresseeOf(ideaId);
    return addressee?.institutionId ? { institutionId: addressee.institutionId } : null;
  },
  async ({ parsedInput, ctx }): MayRefuse<{ answered: string }, AnswerRefusal> => {
    const institutionId = ctx.scope.institutionId!;
    const { answerId } = await answerIdea(ctx.actor, { kind: "institution", institutionId }, parsedInput, ctx.meta);
    return { answered: answerId };
  },
);

/** The platform's answer on an entry addressed to the operator or the council (administrators). */
export const answerPlatformIdeaAction = signedInClient
  .metadata({ name: "answerPlatformIdea", permission: "ideas.answerForPlatform", refresh: "evenWhenRefused" })
  .inputSchema(answerIdeaSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ answered: string }, AnswerRefusal> => {
    const { answerId } = await answerIdea(ctx.actor, { kind: "platform" }, parsedInput, ctx.meta);
    return { answered: answerId };
  });
