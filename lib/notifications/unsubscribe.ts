// Switching types off from a signed link, signed in or not.
import { db } from "@/lib/db/client";
import { isConfigurable } from "@/lib/notifications/preferences";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

/** What a link would switch off, or null for a forged, expired or stale link. */
export async function inspectUnsubscribe(token: string): Promise<{ userId: string; types: string[] } | null> {
  const read = readUnsubscribeToken(token);
  if (!read) return null;
  const user = await db().user.findFirst({ where: { id: read.userId, deletedAt: null }, select: { id: true } });
  const types = read.types.filter(isConfigurable);
  return user && types.length > 0 ? { userId: user.id, types } : null;
}

export async function unsubscribe(token: string): Promise<{ types: string[] } | null> {
  const target = await inspectUnsubscribe(token);
  if (!target) return null;
  await db().$transaction(
    target.types.map((type) =>
      db().notificationPreference.upsert({
        where: { userId_type: { userId: target.userId, type } },
        create: { userId: target.userId, type, channel: "OFF" },
        update: { channel: "OFF" },
      }),
    ),
  );
  return { types: target.types };
}
