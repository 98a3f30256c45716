"use server";

// Asking is "competitions.ask" (signed in); for which organisation is checked in
// the mutation (one the person acts for, verified). Answering and declining are
// "competitions.manage" in the institution that announced the competition,
// found on the server from the question.
import {
  answerQuestion,
  askQuestion,
  declineQuestion,
  type AnswerRefusal,
  type AskRefusal,
} from "@/lib/competitions/questions/mutations";
import { questionScope } from "@/lib/competitions/questions/queries";
import { answerQuestionSchema, askQuestionSchema, declineQuestionSchema } from "@/lib/competitions/questions/schemas";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction, signedInClient } from "@/lib/safe-action";

export const askQuestionAction = signedInClient
  .metadata({ name: "askCompetitionQuestion", permission: "competitions.ask" })
  .inputSchema(askQuestionSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ asked: string }, AskRefusal> => ({
    asked: (await askQuestion(ctx.actor, parsedInput)).id,
  }));

export const answerQuestionAction = scopedAction(
  { name: "answerCompetitionQuestion", permission: "competitions.manage" },
  answerQuestionSchema,
  questionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ answered: true }, AnswerRefusal> => {
    await answerQuestion(ctx.actor, parsedInput);
    return { answered: true };
  },
);

export const declineQuestionAction = scopedAction(
  { name: "declineCompetitionQuestion", permission: "competitions.manage" },
  declineQuestionSchema,
  questionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ declined: true }, AnswerRefusal> => {
    await declineQuestion(ctx.actor, parsedInput);
    return { declined: true };
  },
);
