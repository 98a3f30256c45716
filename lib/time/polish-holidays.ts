// Polish public holidays (days free from work), for the working-day clocks of
// the law (a small-grant offer is published within 7 working days of receipt,
// art. 19a). Kept as data with the year each day became a holiday, so a change
// in the law is a new row, not new code. Working days are Monday to Friday
// except these days.
import { addDays, dayFromNumber, dayNumber, weekday, yearOf } from "@/lib/time/calendar-days";

type FixedHoliday = { monthDay: string; name: string; since: number };
type EasterHoliday = { offset: number; name: string; since: number };

export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { monthDay: "01-01", name: "Nowy Rok", since: 1951 },
  { monthDay: "01-06", name: "Święto Trzech Króli", since: 2011 },
  { monthDay: "05-01", name: "Święto Państwowe", since: 1951 },
  { monthDay: "05-03", name: "Święto Narodowe Trzeciego Maja", since: 1990 },
  { monthDay: "08-15", name: "Wniebowzięcie Najświętszej Maryi Panny", since: 1989 },
  { monthDay: "11-01", name: "Wszystkich Świętych", since: 1951 },
  { monthDay: "11-11", name: "Narodowe Święto Niepodległości", since: 1989 },
  // Unconfirmed: 24 December as a day free from work from 2025 was not checked against the
  // amended act (design N2). An administrator corrects this row if the law says otherwise.
  { monthDay: "12-24", name: "Wigilia Bożego Narodzenia", since: 2025 },
  { monthDay: "12-25", name: "Boże Narodzenie (pierwszy dzień)", since: 1951 },
  { monthDay: "12-26", name: "Boże Narodzenie (drugi dzień)", since: 1951 },
];

/** Days counted from Easter Sunday. */
export const EASTER_HOLIDAYS: readonly EasterHoliday[] = [
  { offset: 0, name: "Wielkanoc", since: 1951 },
  { offset: 1, name: "Poniedziałek Wielkanocny", since: 1951 },
  { offset: 49, name: "Zielone Świątki", since: 1951 },
  { offset: 60, name: "Boże Ciało", since: 1951 },
];

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export type Holiday = { day: string; name: string };

const cache = new Map<number, Holiday[]>();

/** The holidays of a year, in calendar order. */
export function polishHolidays(year: number): Holiday[] {
  let holidays = cache.get(year);
  if (!holidays) {
    const easter = dayNumber(easterSunday(year));
    holidays = [
      ...FIXED_HOLIDAYS.filter((row) => year >= row.since).map((row) => ({
        day: `${year}-${row.monthDay}`,
        name: row.name,
      })),
      ...EASTER_HOLIDAYS.filter((row) => year >= row.since).map((row) => ({
        day: dayFromNumber(easter + row.offset),
        name: row.name,
      })),
    ].sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
    cache.set(year, holidays);
  }
  return holidays;
}

export function isPolishHoliday(day: string): boolean {
  return polishHolidays(yearOf(day)).some((holiday) => holiday.day === day);
}

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(day: string, isHoliday: (day: string) => boolean = isPolishHoliday): boolean {
  const dow = weekday(day);
  return dow !== 0 && dow !== 6 && !isHoliday(day);
}

/** The n-th working day after `day` (the day itself not counted); `day` itself for n = 0. */
export function addWorkingDays(day: string, n: number, isHoliday: (day: string) => boolean = isPolishHoliday): string {
  let current = day;
  for (let left = n; left > 0;) {
    current = addDays(current, 1);
    if (isWorkingDay(current, isHoliday)) left -= 1;
  }
  return current;
}
