// Calendar days ("2027-03-15") as the law counts them: whole days on a wall
// calendar, with no time of day and no time zone. Arithmetic runs on day
// numbers (days since 1970-01-01), so a DST change cannot shift a day.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real day written as YYYY-MM-DD ("2027-02-30" is not). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days since 1970-01-01; NaN for anything that is not a real day. */
export function dayNumber(value: string): number {
  return isCalendarDay(value) ? Date.parse(`${value}T00:00:00Z`) / MS_PER_DAY : Number.NaN;
}

export function dayFromNumber(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayFromNumber(dayNumber(day) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}
