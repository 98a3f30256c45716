// Fixed-window rate limits counted in PostgreSQL, so they hold across every
// app instance. One statement per hit: concurrent requests cannot both slip
// under the limit.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface RateLimit {
  /** What is limited, e.g. "sign-in:email". */
  name: string;
  limit: number;
  windowSeconds: number;
}

/** Keys never hold an e-mail address in clear: the table is not personal data. */
export function rateLimitKey(limit: RateLimit, subject: string): string {
  return `${limit.name}:${createHash("sha256").update(subject.toLowerCase()).digest("hex").slice(0, 32)}`;
}

/** Counts one hit against each limit; throws RATE_LIMITED when any is exceeded. */
export async function consumeRateLimits(hits: { limit: RateLimit; subject: string | null }[]): Promise<void> {
  for (const { limit, subject } of hits) {
    if (!subject) continue;
    if ((await hitRateLimit(limit, subject)) > limit.limit)
      throw new AppError("RATE_LIMITED", `${limit.name} exceeded`);
  }
}

/** Counts one hit and returns the hits in the current window, this one included; the caller decides. */
export async function hitRateLimit(limit: RateLimit, subject: string): Promise<number> {
  const key = rateLimitKey(limit, subject);
  const [row] = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${limit.windowSeconds})
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${limit.windowSeconds})
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count"`;
  return row?.count ?? 1;
}

/**
 * Takes back a hit that turned out not to count (a right password): the hit
 * is taken before the check so that concurrent requests cannot slip through,
 * and given back after it.
 */
export async function refundRateLimit(limit: RateLimit, subject: string): Promise<void> {
  await db()
    .$executeRaw`UPDATE "RateLimitBucket" SET "count" = "count" - 1 WHERE "key" = ${rateLimitKey(limit, subject)} AND "count" > 0`;
}

/** Starts a limit afresh for a subject, as when the owner proved who they are (lib/accounts/password-reset.ts). */
export async function clearRateLimit(
  limit: RateLimit,
  subject: string,
  tx: Pick<ReturnType<typeof db>, "$executeRaw"> = db(),
): Promise<void> {
  await tx.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "key" = ${rateLimitKey(limit, subject)}`;
}
