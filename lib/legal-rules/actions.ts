"use server";

import { addLegalRule } from "@/lib/legal-rules/mutations";
import { addLegalRuleSchema } from "@/lib/legal-rules/schemas";
import { signedInClient } from "@/lib/safe-action";

/** Platform administrators only ("legalRules.configure"); the mutation checks it again where it writes. */
export const addLegalRuleAction = signedInClient
  .metadata({ name: "addLegalRule", permission: "legalRules.configure" })
  .inputSchema(addLegalRuleSchema)
  .action(async ({ parsedInput, ctx }) => {
    await addLegalRule(ctx.actor, parsedInput, ctx.meta);
    return { added: true as const };
  });
