// Officials type dates and times as they read them on the office wall: local
// time in Poland. The browser's datetime-local field sends "2026-12-01T09:00";
// these helpers turn it into an instant and back, daylight saving included,
// whatever time zone the server runs in.
import { TIME_ZONE } from "@/lib/i18n/locales";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function offsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: TIME_ZONE,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** "2026-12-01T09:00" in Polish time as an instant; null when the text is not such a value. */
export function polishLocalToDate(value: string): Date | null {
  const match = LOCAL.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(naive);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // The offset at the guessed instant, then again at the corrected one (around DST changes).
  let instant = new Date(naive - offsetMinutes(new Date(naive)) * 60_000);
  instant = new Date(naive - offsetMinutes(instant) * 60_000);
  return instant;
}

/** The instant as a datetime-local value in Polish time. */
export function dateToPolishLocal(date: Date): string {
  const shifted = new Date(date.getTime() + offsetMinutes(date) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * A time of day ("16:00", "23:59") in Polish time, `days` after the day of
 * `now` (negative: before it). Deadlines people set fall at such times, not
 * at whatever minute a form or the demo happened to be filled in.
 */
export function polishAt(days: number, time: string, now = new Date()): Date {
  const day = dateToPolishLocal(new Date(now.getTime() + days * 24 * 3600 * 1000)).slice(0, 10);
  const instant = polishLocalToDate(`${day}T${time}`);
  if (!instant) throw new RangeError(`Not a time of day: ${time}`);
  return instant;
}

/** 9:00 Polish time, `days` after the day of `now` (default dates in forms and demo data). */
export function polishMorning(days: number, now = new Date()): Date {
  return polishAt(days, "09:00", now);
}

/**
 * Whole calendar days from the Polish day of `now` to the last day of a
 * period ending at `end`, as a reader counts them on a wall calendar: 0 on its
 * last day. A period ending at midnight ended with the day before, so that day
 * is its last.
 */
export function polishDaysUntil(end: Date, now: Date): number {
  const lastDay = dateToPolishLocal(new Date(end.getTime() - 1)).slice(0, 10);
  const today = dateToPolishLocal(now).slice(0, 10);
  return Math.round((Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * polishLocalToDate for deadlines: refuses a time that does not exist in
 * Poland (the hour skipped when clocks go forward in spring, 02:00–02:59 on the
 * last Sunday of March), which polishLocalToDate would quietly move by an hour.
 * A time that exists twice (02:00–02:59 on the last Sunday of October) is the
 * earlier of the two, summer time: the deadline an applicant reads can only be
 * met early, never missed by an hour.
 */
export function strictPolishLocalToDate(value: string): Date | null {
  const instant = polishLocalToDate(value);
  if (!instant) return null;
  const wanted = value.trim();
  if (dateToPolishLocal(instant) !== wanted) return null;
  const hourEarlier = new Date(instant.getTime() - 3_600_000);
  return dateToPolishLocal(hourEarlier) === wanted ? hourEarlier : instant;
}

/** The Polish calendar day ("2027-03-15") of an instant. */
export function polishDay(date: Date): string {
  return dateToPolishLocal(date).slice(0, 10);
}
