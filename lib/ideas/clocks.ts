// When the addressee of an entry on the ideas board owes its first answer.
//
// Days are calendar days in Polish time, and a deadline ends at 23:59 of its
// last day; a deadline is never moved off a weekend or a public holiday (the
// act's "one month" for a proposal of a public task, art. 12 ust. 1 UDPP, is
// not an administrative procedure, and the earlier date is the stricter one
// for the office). A month ends on the day with the starting day's number, or
// on the month's last day when it has no such day (art. 112 of the Civil Code).
import type { IdeaKind } from "@/lib/generated/prisma/enums";
import { dateToPolishLocal, polishLocalToDate } from "@/lib/time/polish-local";

/** The first answer's clock of one entry, as stored on it. */
export interface AnswerClock {
  answerDueAt: Date | null;
  firstAnsweredAt: Date | null;
}

export type ClockState =
  | { kind: "none" }
  | { kind: "answered"; onTime: boolean }
  | { kind: "running"; dueAt: Date; daysLeft: number }
  | { kind: "overdue"; dueAt: Date; daysOver: number };

const DAY_MS = 24 * 3600 * 1000;

function polishDay(instant: Date): { year: number; month: number; day: number } {
  const [year, month, day] = dateToPolishLocal(instant).slice(0, 10).split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

function endOfPolishDay(year: number, month: number, day: number): Date {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T23:59`;
  const instant = polishLocalToDate(text);
  if (!instant) throw new RangeError(`Not a day: ${text}`);
  return new Date(instant.getTime() + 59_999);
}

/** The end of the day `days` calendar days after the Polish day of `from`. */
export function daysAfter(from: Date, days: number): Date {
  const { year, month, day } = polishDay(from);
  const target = new Date(Date.UTC(year, month - 1, day + days));
  return endOfPolishDay(target.getUTCFullYear(), target.getUTCMonth() + 1, target.getUTCDate());
}

/** The end of the day one month after the Polish day of `from` (the month's last day when it is shorter). */
export function oneMonthAfter(from: Date): Date {
  const { year, month, day } = polishDay(from);
  const nextMonth = month === 12 ? 1 : month + 1;
  const nextYear = month === 12 ? year + 1 : year;
  const lastDay = new Date(Date.UTC(nextYear, nextMonth, 0)).getUTCDate();
  return endOfPolishDay(nextYear, nextMonth, Math.min(day, lastDay));
}

/**
 * When the first answer is due if the clock starts at `startedAt`: the
 * office's own number of days, and for a proposal of a public task never
 * later than one month (the act's limit, whatever the office set).
 */
export function answerDueAt(kind: IdeaKind, answerDays: number, startedAt: Date): Date {
  const byOffice = daysAfter(startedAt, answerDays);
  if (kind !== "TASK_PROPOSAL") return byOffice;
  const byLaw = oneMonthAfter(startedAt);
  return byOffice < byLaw ? byOffice : byLaw;
}

/**
 * The deadline once enough organisations support an unanswered entry that the
 * addressee must answer: it counts from that moment, but never frees an entry
 * that is already overdue, and never brings a running deadline forward.
 */
export function mustAnswerDueAt(clock: AnswerClock, kind: IdeaKind, answerDays: number, now: Date): Date | null {
  if (clock.firstAnsweredAt) return clock.answerDueAt;
  const fromNow = answerDueAt(kind, answerDays, now);
  if (!clock.answerDueAt) return fromNow;
  if (clock.answerDueAt < now) return clock.answerDueAt;
  return clock.answerDueAt > fromNow ? clock.answerDueAt : fromNow;
}

/** Where the clock stands at `now`, for badges, lists and the office's figures. */
export function clockState(clock: AnswerClock, now: Date): ClockState {
  if (clock.firstAnsweredAt) {
    return { kind: "answered", onTime: !clock.answerDueAt || clock.firstAnsweredAt <= clock.answerDueAt };
  }
  if (!clock.answerDueAt) return { kind: "none" };
  // Whole days between the Polish dates, as a reader counts them on a calendar ("by 5 January" on 6 December is 30).
  const days = Math.abs(polishDayNumber(clock.answerDueAt) - polishDayNumber(now));
  if (clock.answerDueAt >= now) return { kind: "running", dueAt: clock.answerDueAt, daysLeft: Math.max(1, days) };
  return { kind: "overdue", dueAt: clock.answerDueAt, daysOver: Math.max(1, days) };
}

function polishDayNumber(instant: Date): number {
  const { year, month, day } = polishDay(instant);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}
