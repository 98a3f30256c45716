"use server";

import { refusedByRules } from "@/lib/rule-errors/refusals";
import { editRemark, submitRemark, withdrawRemark, type RemarkRefusal } from "@/lib/consultations/remarks/mutations";
import { editRemarkSchema, submitRemarkSchema, withdrawRemarkSchema } from "@/lib/consultations/remarks/schemas";
import { actionClient, signedInActor } from "@/lib/safe-action";

export const submitRemarkAction = actionClient
  .metadata({ name: "submitRemark", permission: "consultations.remark" })
  .inputSchema(submitRemarkSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules<{ submitted: string }, RemarkRefusal>(async () => ({
      submitted: (await submitRemark(signedInActor(ctx.actor, "remark"), parsedInput, { ip: ctx.ip })).id,
    })),
  );

export const editRemarkAction = actionClient
  .metadata({ name: "editRemark", permission: "consultations.remark" })
  .inputSchema(editRemarkSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules<{ saved: true }, RemarkRefusal>(async () => {
      await editRemark(signedInActor(ctx.actor, "remark"), parsedInput, { ip: ctx.ip });
      return { saved: true as const };
    }),
  );

export const withdrawRemarkAction = actionClient
  .metadata({ name: "withdrawRemark", permission: "consultations.remark" })
  .inputSchema(withdrawRemarkSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules<{ withdrawn: true }, RemarkRefusal>(async () => {
      await withdrawRemark(signedInActor(ctx.actor, "remark"), parsedInput.remarkId, { ip: ctx.ip });
      return { withdrawn: true as const };
    }),
  );
