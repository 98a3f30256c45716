// The calendar of a partner request. Its dates are days (no time), read in
// Polish time (Europe/Warsaw): "replies close on 31 March" means the whole of
// 31 March in Poland, whatever time zone the server or the reader is in. Days
// travel as "YYYY-MM-DD" text and are stored as @db.Date (UTC midnight).
import { TIME_ZONE } from "@/lib/i18n/locales";

const DAY_MS = 24 * 3600 * 1000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day it is in Poland at `now`, as "YYYY-MM-DD". */
export function warsawDay(now: Date): string {
  // en-CA formats a date as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(now);
}

/** A "YYYY-MM-DD" text as the Date a @db.Date column holds; null when it is no real day. */
export function parseDay(value: string): Date | null {
  const match = DAY.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** A stored day back as "YYYY-MM-DD". */
export const dayText = (day: Date): string => day.toISOString().slice(0, 10);

/** The day `days` after `day` ("YYYY-MM-DD"). */
export function addDays(day: string, days: number): string {
  return dayText(new Date(parseDay(day)!.getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to)!.getTime() - parseDay(from)!.getTime()) / DAY_MS);
}

/**
 * The last day replies may close on: `maxReplyDays` after the day the request
 * opened, or was last renewed (Polish days).
 */
export const latestCloseOn = (openedOrRenewed: Date, maxReplyDays: number): string =>
  addDays(warsawDay(openedOrRenewed), maxReplyDays);

export type CloseOnProblem = "partnerRequestClosesNotAfterToday" | "partnerRequestClosesTooLate";

/**
 * What is wrong with a closing day chosen at `now` for a request opened (or
 * renewed) at `from`: it must be after today and at most `maxReplyDays` days
 * from `from`. Null when it is fine.
 */
export function closeOnProblem(closeOn: string, from: Date, maxReplyDays: number, now: Date): CloseOnProblem | null {
  if (closeOn <= warsawDay(now)) return "partnerRequestClosesNotAfterToday";
  if (closeOn > latestCloseOn(from, maxReplyDays)) return "partnerRequestClosesTooLate";
  return null;
}

/**
 * Whether an open request has run out at `now`: its closing day has passed,
 * or its longest reply period (from opening or renewal) has.
 */
export function hasRunOut(
  request: { repliesCloseOn: Date; openedAt: Date; renewedAt: Date | null },
  maxReplyDays: number,
  now: Date,
): boolean {
  const today = warsawDay(now);
  return (
    dayText(request.repliesCloseOn) < today ||
    latestCloseOn(request.renewedAt ?? request.openedAt, maxReplyDays) < today
  );
}

/** Days left to reply, counting today (0 once the closing day has passed). */
export const daysLeft = (repliesCloseOn: Date, now: Date): number =>
  Math.max(0, daysBetween(warsawDay(now), dayText(repliesCloseOn)) + 1);
