"use server";

import { supportIdea, withdrawIdeaSupport, type SupportCounts } from "@/lib/ideas/support/mutations";
import type { SupportRefusal } from "@/lib/ideas/support/policy";
import { supportIdeaSchema, withdrawIdeaSupportSchema } from "@/lib/ideas/support/schemas";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { signedInClient } from "@/lib/safe-action";

export const supportIdeaAction = signedInClient
  // Refreshed even when refused: the entry was merged or hidden meanwhile, and the page should say so.
  .metadata({ name: "supportIdea", permission: "ideas.support", refresh: "evenWhenRefused" })
  .inputSchema(supportIdeaSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ supported: true; counts: SupportCounts }, SupportRefusal> => ({
    supported: true,
    counts: await supportIdea(ctx.actor, parsedInput, ctx.meta),
  }));

export const withdrawIdeaSupportAction = signedInClient
  .metadata({ name: "withdrawIdeaSupport", permission: "ideas.support" })
  .inputSchema(withdrawIdeaSupportSchema)
  .action(async ({ parsedInput, ctx }): Promise<{ withdrawn: true; counts: SupportCounts }> => ({
    withdrawn: true,
    counts: await withdrawIdeaSupport(ctx.actor, parsedInput, ctx.meta),
  }));
