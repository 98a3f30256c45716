// A correction's deadline (design §2.6): a whole Polish day, the request's
// day plus the competition's correctionDays by default, ending at the last
// millisecond of that day in Polish time (so "do 14 grudnia" means the whole
// 14th, whatever the season). Stored UTC; judged by the database's clock.
// Pure.
import { polishDay, polishLocalToDate } from "@/lib/time/polish-local";

/** The last instant of a Polish calendar day ("2026-12-14"); null when it is not a day. */
export function endOfPolishDay(day: string): Date | null {
  const lastMinute = polishLocalToDate(`${day}T23:59`);
  return lastMinute && polishDay(lastMinute) === day ? new Date(lastMinute.getTime() + 59_999) : null;
}

/** The default last day: `days` Polish calendar days after the day of `now`. */
export function defaultDueDay(days: number, now: Date): string {
  // Calendar arithmetic on the Polish day, not 24-hour steps: a day with a change of clocks has 23 or 25 hours.
  const [year, month, day] = polishDay(now).split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A due day the official may choose: after today (Polish), and at most `maxDays` ahead. */
export function isAllowedDueDay(day: string, now: Date, maxDays = 60): boolean {
  if (!endOfPolishDay(day)) return false;
  return day > polishDay(now) && day <= defaultDueDay(maxDays, now);
}
