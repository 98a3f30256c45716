"use server";

import { setPartnershipSettings } from "@/lib/partnerships/settings/mutations";
import { partnershipSettingsSchema } from "@/lib/partnerships/settings/schemas";
import { signedInClient } from "@/lib/safe-action";

/** Platform administrators only ("partnerships.configure"); the body checks it again where it writes. */
export const setPartnershipSettingsAction = signedInClient
  .metadata({ name: "setPartnershipSettings", permission: "partnerships.configure" })
  .inputSchema(partnershipSettingsSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setPartnershipSettings(ctx.actor, parsedInput, ctx.meta);
    return { saved: true as const };
  });
