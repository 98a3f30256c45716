"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/read-state";
import { actionClient } from "@/lib/safe-action";

export const markNotificationReadAction = actionClient
  .metadata({ name: "markNotificationRead", permission: "notifications.read" })
  .inputSchema(z.object({ notificationId: z.string().regex(/^[a-z0-9]{20,40}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    await markNotificationRead(ctx.actor!.id, parsedInput.notificationId);
    revalidatePath("/", "layout");
    return { saved: true };
  });

export const markAllNotificationsReadAction = actionClient
  .metadata({ name: "markAllNotificationsRead", permission: "notifications.read" })
  .action(async ({ ctx }) => {
    const count = await markAllNotificationsRead(ctx.actor!.id);
    revalidatePath("/", "layout");
    return { count };
  });
