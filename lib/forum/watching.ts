// Watching a forum thread (every reply) or a category (every new thread),
// through the notification service's item subscriptions.
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { mayRead } from "@/lib/forum/access";

export type Watchable = "ForumThread" | "ForumCategory";

async function categoryOf(type: Watchable, id: string) {
  if (type === "ForumCategory") return db().forumCategory.findUnique({ where: { id } });
  return (await db().forumThread.findUnique({ where: { id }, select: { category: true } }))?.category ?? null;
}

/** Starts or stops watching; only what the person may read. */
export async function setWatching(actor: Actor, type: Watchable, id: string, watch: boolean): Promise<void> {
  const category = await categoryOf(type, id);
  if (!category || !mayRead(actor, category)) throw new AppError("NOT_FOUND", `${type} ${id}`);
  const key = { userId: actor.id, subjectType: type, subjectId: id };
  if (watch) await db().itemSubscription.upsert({ where: { userId_subjectType_subjectId: key }, create: key, update: {} });
  else await db().itemSubscription.deleteMany({ where: key });
}

export async function isWatching(userId: string, type: Watchable, id: string): Promise<boolean> {
  return (await db().itemSubscription.count({ where: { userId, subjectType: type, subjectId: id } })) === 1;
}
