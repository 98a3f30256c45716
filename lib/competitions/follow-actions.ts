"use server";

// Following a competition: its extensions, answers to its questions and its
// opening reach the person through their notifications (ItemSubscription of
// type "Competition"; a draft cannot be followed, lib/notifications/subscriptions.ts).
import { z } from "zod";
import { follow, unfollow } from "@/lib/notifications/subscriptions";
import { signedInClient } from "@/lib/safe-action";
import { recordId } from "@/lib/validation/record-id";

export const followCompetitionAction = signedInClient
  .metadata({ name: "followCompetition", permission: "notifications.configure" })
  .inputSchema(z.object({ competitionId: recordId, follow: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => {
    if (parsedInput.follow) await follow(ctx.actor.id, "Competition", parsedInput.competitionId);
    else await unfollow(ctx.actor.id, "Competition", parsedInput.competitionId);
    return { following: parsedInput.follow };
  });
