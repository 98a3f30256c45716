"use server";

import { AppError } from "@/lib/errors";
import { editRemark, RemarkRuleError, submitRemark, withdrawRemark } from "@/lib/consultations/remarks";
import { editRemarkSchema, submitRemarkSchema, withdrawRemarkSchema } from "@/lib/consultations/remark-schemas";
import { actionClient } from "@/lib/safe-action";

/** A consultation's rule that refuses the remark is shown as the form's message (not an error code). */
async function refusedByRules<T>(run: () => Promise<T>): Promise<T | { refused: RemarkRuleError["refusal"] }> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RemarkRuleError) return { refused: error.refusal };
    throw error;
  }
}

function actorOf(ctx: { actor: Parameters<typeof submitRemark>[0] | null }) {
  if (!ctx.actor) throw new AppError("UNAUTHENTICATED", "remark");
  return ctx.actor;
}

export const submitRemarkAction = actionClient
  .metadata({ name: "submitRemark", permission: "consultations.remark" })
  .inputSchema(submitRemarkSchema)
  .action(async ({ parsedInput, ctx }) => refusedByRules(async () => ({ submitted: (await submitRemark(actorOf(ctx), parsedInput, { ip: ctx.ip })).id })));

export const editRemarkAction = actionClient
  .metadata({ name: "editRemark", permission: "consultations.remark" })
  .inputSchema(editRemarkSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules(async () => {
      await editRemark(actorOf(ctx), parsedInput, { ip: ctx.ip });
      return { saved: true as const };
    }),
  );

export const withdrawRemarkAction = actionClient
  .metadata({ name: "withdrawRemark", permission: "consultations.remark" })
  .inputSchema(withdrawRemarkSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules(async () => {
      await withdrawRemark(actorOf(ctx), parsedInput.remarkId, { ip: ctx.ip });
      return { withdrawn: true as const };
    }),
  );
