"use server";

import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { editRemark, submitRemark, withdrawRemark, type RemarkRefusal } from "@/lib/consultations/remarks/mutations";
import { markAnswersSeen } from "@/lib/consultations/remarks/answers-seen";
import {
  answersSeenSchema,
  editRemarkSchema,
  submitRemarkSchema,
  withdrawRemarkSchema,
} from "@/lib/consultations/remarks/schemas";
import { signedInClient } from "@/lib/safe-action";

export const submitRemarkAction = signedInClient
  .metadata({ name: "submitRemark", permission: "consultations.remark" })
  .inputSchema(submitRemarkSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ submitted: string }, RemarkRefusal> => ({
    submitted: (await submitRemark(ctx.actor, parsedInput, ctx.meta)).id,
  }));

export const editRemarkAction = signedInClient
  .metadata({ name: "editRemark", permission: "consultations.remark" })
  .inputSchema(editRemarkSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ saved: true }, RemarkRefusal> => {
    await editRemark(ctx.actor, parsedInput, ctx.meta);
    return { saved: true };
  });

export const withdrawRemarkAction = signedInClient
  // Refreshed even when refused: a remark answered meanwhile is shown with its answer.
  .metadata({ name: "withdrawRemark", permission: "consultations.remark", refresh: "evenWhenRefused" })
  .inputSchema(withdrawRemarkSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ withdrawn: true }, RemarkRefusal> => {
    await withdrawRemark(ctx.actor, parsedInput.remarkId, ctx.meta);
    return { withdrawn: true };
  });

/** The reader's list of remarks, with the answers in it, is on their screen (components/consultations/consultation-viewer.tsx). */
export const markAnswersSeenAction = signedInClient
  // Only the person's own remarks are marked, so anyone signed in may ask; the page shown stays as it is.
  .metadata({ name: "markRemarkAnswersSeen", permission: "consultations.remark", refresh: "never", writes: "personal" })
  .inputSchema(answersSeenSchema)
  .action(async ({ parsedInput, ctx }) => ({
    marked: await markAnswersSeen(ctx.actor.id, parsedInput.consultationId),
  }));
