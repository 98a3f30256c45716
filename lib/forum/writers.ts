// Who may write right now, beyond the category's rule: a suspended person
// may not (until the end date, for the reason they are shown), and new
// accounts write slowly at first. Limits loosen with good standing: an
// account at least a week old none of whose posts a moderator hid in the
// last month.
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { blockedWordsIn } from "@/lib/forum/blocked-words";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { consumeRateLimits, type RateLimit } from "@/lib/security/rate-limit";

const NEWCOMER_LIMIT: RateLimit = { name: "forum-post:new", limit: 3, windowSeconds: 10 * 60 };
const NEWCOMER_DAILY: RateLimit = { name: "forum-post:new-day", limit: 15, windowSeconds: 24 * 3600 };
const MEMBER_LIMIT: RateLimit = { name: "forum-post", limit: 30, windowSeconds: 10 * 60 };
// Pictures are counted apart from posts (four may go with one post), with room for that.
const NEWCOMER_IMAGE_LIMIT: RateLimit = { name: "forum-image:new", limit: 8, windowSeconds: 10 * 60 };
const MEMBER_IMAGE_LIMIT: RateLimit = { name: "forum-image", limit: 40, windowSeconds: 10 * 60 };
const DAY = 24 * 3600 * 1000;
const GOOD_STANDING_DAYS = 7;
const CLEAN_RECORD_DAYS = 30;

export type WriterRefusal = "suspended" | "slowDown";

/** The person's suspension in force, if any. */
export async function activeSuspension(userId: string, now = new Date()) {
  return db().forumSuspension.findFirst({
    where: { userId, until: { gt: now }, liftedAt: null },
    orderBy: { until: "desc" },
    select: { until: true, reason: true },
  });
}

export async function inGoodStanding(userId: string, now = new Date()): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { createdAt: true } });
  if (!user || now.getTime() - user.createdAt.getTime() < GOOD_STANDING_DAYS * DAY) return false;
  return (
    (await db().forumPost.count({
      where: { authorId: userId, hiddenAt: { gt: new Date(now.getTime() - CLEAN_RECORD_DAYS * DAY) } },
    })) === 0
  );
}

/** Refuses a suspended person, and counts the post against the person's rate limits (refused when over). */
export async function admitWriter(actor: Actor, now = new Date()): Promise<void> {
  await admit(actor, now, [MEMBER_LIMIT], [NEWCOMER_LIMIT, NEWCOMER_DAILY]);
}

/** The same for a picture uploaded for a post: a suspended person's pictures would wait for a post they may not write. */
export async function admitImageUploader(actor: Actor, now = new Date()): Promise<void> {
  await admit(actor, now, [MEMBER_IMAGE_LIMIT], [NEWCOMER_IMAGE_LIMIT]);
}

// Entries on the ideas board are rarer than posts and each one tells its followers and the office: one
// limit for everyone, whatever their standing on the forum.
const IDEA_ENTRY_LIMIT: RateLimit = { name: "idea-entry", limit: 30, windowSeconds: 60 * 60 };

/** A new entry on the ideas board: a suspended person is refused, and entries count against their own limit. */
export async function admitIdeaWriter(actor: Actor, now = new Date()): Promise<void> {
  await admit(actor, now, [IDEA_ENTRY_LIMIT], [IDEA_ENTRY_LIMIT]);
}

const PARTNER_REQUEST_LIMIT: RateLimit = { name: "partner-request", limit: 10, windowSeconds: 60 * 60 };

/**
 * A new partner request: a suspended person is refused, and requests count
 * against their own limit (each one may be announced to many organisations).
 */
export async function admitPartnerRequestWriter(actor: Actor, now = new Date()): Promise<void> {
  await admit(actor, now, [PARTNER_REQUEST_LIMIT], [PARTNER_REQUEST_LIMIT]);
}

/** A change to one's entry: only a suspension refuses it (a change goes to the moderators, not to followers). */
export async function refuseSuspended(actor: Actor, now = new Date()): Promise<void> {
  if (await activeSuspension(actor.id, now)) throw new RuleRefusal<WriterRefusal>("suspended");
}

async function admit(actor: Actor, now: Date, member: RateLimit[], newcomer: RateLimit[]): Promise<void> {
  if (await activeSuspension(actor.id, now)) throw new RuleRefusal<WriterRefusal>("suspended");
  const limits = (await inGoodStanding(actor.id, now)) ? member : newcomer;
  try {
    await consumeRateLimits(limits.map((limit) => ({ limit, subject: actor.id })));
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") throw new RuleRefusal<WriterRefusal>("slowDown");
    throw error;
  }
}

/** Whether the text holds a blocked word, so the post waits for a moderator. */
export async function mustBeHeld(tx: Prisma.TransactionClient, text: string): Promise<boolean> {
  const patterns = (await tx.forumBlockedWord.findMany({ select: { pattern: true } })).map((word) => word.pattern);
  return blockedWordsIn(text, patterns).length > 0;
}
