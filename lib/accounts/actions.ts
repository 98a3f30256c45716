"use server";

import { returnValidationErrors } from "next-safe-action";
import { signUpSchema, verifyEmailSchema } from "@/lib/accounts/schemas";
import { signUp } from "@/lib/accounts/sign-up";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { actionClient } from "@/lib/safe-action";

export const signUpAction = actionClient
  .metadata({ name: "signUp", permission: "account.signUp" })
  .inputSchema(signUpSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await signUp(parsedInput, { ip: ctx.ip });
    if (!outcome.ok) returnValidationErrors(signUpSchema, { [outcome.field]: { _errors: [outcome.problem] } });
    return { sent: true };
  });

export const verifyEmailAction = actionClient
  .metadata({ name: "verifyEmail", permission: "account.verifyEmail" })
  .inputSchema(verifyEmailSchema)
  .action(async ({ parsedInput, ctx }) => {
    await verifyEmail(parsedInput.token, { ip: ctx.ip });
    return { verified: true };
  });
