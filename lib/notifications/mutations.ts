// Marking entries read. Scoped to the person's own entries: an id of someone
// else's entry changes nothing.
import { db } from "@/lib/db/client";

export async function markNotificationRead(userId: string, notificationId: string): Promise<boolean> {
  const changed = await db().notification.updateMany({
    where: { id: notificationId, userId, readAt: null },
    data: { readAt: new Date() },
  });
  return changed.count === 1;
}

export async function markAllNotificationsRead(userId: string): Promise<number> {
  return (await db().notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } })).count;
}
