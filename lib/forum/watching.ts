// Watching a forum thread (every reply) or a category (every new thread):
// the notification service's item subscriptions, for what the person may read.
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { mayRead } from "@/lib/forum/access";
import { follow, isFollowing, unfollow } from "@/lib/notifications/subscriptions";

export type Watchable = "ForumThread" | "ForumCategory";

async function categoryOf(type: Watchable, id: string) {
  if (type === "ForumCategory") return db().forumCategory.findUnique({ where: { id } });
  return (await db().forumThread.findUnique({ where: { id }, select: { category: true } }))?.category ?? null;
}

/** Starts or stops watching; only what the person may read. */
export async function setWatching(actor: Actor, type: Watchable, id: string, watch: boolean): Promise<void> {
  const category = await categoryOf(type, id);
  if (!category || !mayRead(actor, category)) throw new AppError("NOT_FOUND", `${type} ${id}`);
  if (watch) await follow(actor.id, type, id);
  else await unfollow(actor.id, type, id);
}

export const isWatching = (userId: string, type: Watchable, id: string) => isFollowing(userId, type, id);
