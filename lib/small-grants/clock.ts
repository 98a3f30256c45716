// The two clocks of art. 19a, pure (unit-tested with holidays and Easter):
// the office publishes an offer within N working days of the day it came in,
// and anyone may remark for M days from the day it was published. The law
// counts whole Polish calendar days with the starting day not counted
// (art. 111 § 2 k.c.), so each period ends at the end of its last Polish day,
// stored as the instant the next Polish day begins.
import { addDays } from "@/lib/time/calendar-days";
import { addWorkingDays } from "@/lib/time/polish-holidays";
import { polishDay, polishLocalToDate } from "@/lib/time/polish-local";

/** The instant a Polish calendar day ends (midnight starting the next one, in Polish time). */
export function endOfPolishDay(day: string): Date {
  const next = polishLocalToDate(`${addDays(day, 1)}T00:00`);
  if (!next) throw new RangeError(`Not a calendar day: ${day}`);
  return next;
}

/** Receipt + `workingDays` working days (weekends and Polish holidays skipped), to the end of that day. */
export function publishDueBy(receivedAt: Date, workingDays: number): Date {
  return endOfPolishDay(addWorkingDays(polishDay(receivedAt), workingDays));
}

/** Publication + `days` calendar days, to the end of that day: remarks are accepted before this instant. */
export function remarksUntil(publishedAt: Date, days: number): Date {
  return endOfPolishDay(addDays(polishDay(publishedAt), days));
}

/** The Polish calendar year of an instant: the small-grant limits are per calendar year. */
export const polishYear = (instant: Date): number => Number(polishDay(instant).slice(0, 4));
