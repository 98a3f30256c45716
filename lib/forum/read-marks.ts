// How far each person has read each thread: a mark that only moves forward,
// written once the thread page has been shown (components/forum/read-mark.tsx
// calls markReadAction) and for their own posts as they write them. The marks
// are read by queries.ts for the unread counts.
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { threadForReader } from "@/lib/forum/queries";

/** Remembers that the reader saw posts up to `number` (never going back). */
export async function markRead(
  userId: string,
  threadId: string,
  number: number,
  client: Prisma.TransactionClient | ReturnType<typeof db> = db(),
): Promise<void> {
  await client.$executeRaw`
    INSERT INTO "ForumReadMark" ("userId", "threadId", "lastReadNumber", "updatedAt") VALUES (${userId}, ${threadId}, ${number}, now())
    ON CONFLICT ("userId", "threadId") DO UPDATE SET "lastReadNumber" = GREATEST("ForumReadMark"."lastReadNumber", EXCLUDED."lastReadNumber"), "updatedAt" = now()`;
}

/**
 * The reader was shown the thread's posts up to `upTo` (the last on the page):
 * their mark moves there. Only for a thread they may read, and never past its
 * last post, whatever number the page sends.
 */
export async function recordReading(actor: Actor, threadId: string, upTo: number): Promise<void> {
  const thread = await threadForReader(actor, threadId);
  if (!thread) throw new AppError("NOT_FOUND", "no such thread for this reader");
  await markRead(actor.id, thread.id, Math.min(upTo, thread.postCount));
}
