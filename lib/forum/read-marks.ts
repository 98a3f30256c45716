// How far each person has read each thread: a mark that only moves forward,
// written once the thread page has been shown (its browser side asks
// lib/forum/thread-viewer.ts, which moves it) and for their own posts as they
// write them. The marks are read by queries.ts for the unread counts.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

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
