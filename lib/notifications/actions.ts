"use server";

import { returnValidationErrors } from "next-safe-action";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { configurableTypes, savePreferences } from "@/lib/notifications/preferences";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mutations";
import { followTopicSchema } from "@/lib/notifications/schemas";
import { follow, followTopic, unfollow, unfollowTopic } from "@/lib/notifications/subscriptions";
import { unsubscribe } from "@/lib/notifications/unsubscribe";
import { actionClient, signedInClient } from "@/lib/safe-action";
import { recordId } from "@/lib/validation/record-id";

export const markNotificationReadAction = signedInClient
  // The centre's page is one copy for everyone: its list asks for itself again, so nothing is refreshed;
  // and a read mark is the reader's alone, so no public page is dropped from the caches.
  .metadata({ name: "markNotificationRead", permission: "notifications.read", refresh: "never", writes: "personal" })
  .inputSchema(z.object({ notificationId: recordId }))
  .action(async ({ parsedInput, ctx }) => {
    await markNotificationRead(ctx.actor.id, parsedInput.notificationId);
    return { saved: true };
  });

export const markAllNotificationsReadAction = signedInClient
  .metadata({
    name: "markAllNotificationsRead",
    permission: "notifications.read",
    refresh: "never",
    writes: "personal",
  })
  .action(async ({ ctx }) => {
    const count = await markAllNotificationsRead(ctx.actor.id);
    return { count };
  });

export const saveNotificationPreferencesAction = signedInClient
  .metadata({ name: "saveNotificationPreferences", permission: "notifications.configure" })
  .inputSchema(
    z.object({
      preferences: z
        .array(z.object({ type: z.enum(configurableTypes), channel: z.enum(["IMMEDIATE", "DAILY", "WEEKLY", "OFF"]) }))
        .max(configurableTypes.length),
    }),
  )
  .action(async ({ parsedInput, ctx }) => {
    await savePreferences(ctx.actor.id, parsedInput.preferences);
    return { saved: true };
  });

export const unsubscribeAction = actionClient
  .metadata({ name: "unsubscribe", permission: "notifications.unsubscribe" })
  .inputSchema(z.object({ token: z.string().min(10).max(2000) }))
  .action(async ({ parsedInput }) => {
    const result = await unsubscribe(parsedInput.token);
    if (!result) throw new AppError("LINK_INVALID");
    return { types: result.types };
  });

export const followTopicAction = signedInClient
  .metadata({ name: "followTopic", permission: "notifications.configure" })
  .inputSchema(followTopicSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await followTopic(ctx.actor.id, parsedInput);
    if (!outcome.ok) returnValidationErrors(followTopicSchema, { sphereId: { _errors: [outcome.problem] } });
    return { saved: true };
  });

export const unfollowTopicAction = signedInClient
  .metadata({ name: "unfollowTopic", permission: "notifications.configure" })
  .inputSchema(z.object({ subscriptionId: recordId }))
  .action(async ({ parsedInput, ctx }) => {
    await unfollowTopic(ctx.actor.id, parsedInput.subscriptionId);
    return { saved: true };
  });

export const followOrganisationAction = signedInClient
  .metadata({ name: "followOrganisation", permission: "notifications.configure" })
  .inputSchema(z.object({ organisationId: recordId, follow: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => {
    if (parsedInput.follow) await follow(ctx.actor.id, "Organisation", parsedInput.organisationId);
    else await unfollow(ctx.actor.id, "Organisation", parsedInput.organisationId);
    return { following: parsedInput.follow };
  });
