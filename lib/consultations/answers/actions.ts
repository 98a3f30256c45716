"use server";

import { answerRemarks, correctAnswer } from "@/lib/consultations/answers/mutations";
import { answerRemarksSchema, correctAnswerSchema } from "@/lib/consultations/answers/schemas";
import { organiserOf } from "@/lib/consultations/queries";
import { scopedAction } from "@/lib/safe-action";

export const answerRemarksAction = scopedAction(
  { name: "answerRemarks", permission: "consultations.manage" },
  answerRemarksSchema,
  organiserOf,
  async ({ parsedInput, ctx }) => answerRemarks({ userId: ctx.actor.id, ...ctx.meta }, parsedInput),
);

export const correctAnswerAction = scopedAction(
  { name: "correctAnswer", permission: "consultations.manage" },
  correctAnswerSchema,
  organiserOf,
  async ({ parsedInput, ctx }) => {
    await correctAnswer({ userId: ctx.actor.id, ...ctx.meta }, parsedInput);
    return { corrected: true as const };
  },
);
