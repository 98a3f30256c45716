// The figures' window: whole calendar months in Polish time.
import { dateToPolishLocal, polishLocalToDate } from "@/lib/time/polish-local";

/** The month `back` months before the Polish month of `now`: its key (YYYY-MM) and first instant. */
export function monthStart(now: Date, back: number): { key: string; start: Date } {
  const [year, month] = dateToPolishLocal(now).slice(0, 7).split("-").map(Number) as [number, number];
  const index = year * 12 + (month - 1) - back;
  const key = `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
  const start = polishLocalToDate(`${key}-01T00:00`);
  if (!start) throw new RangeError(key);
  return { key, start };
}

export const monthsBack = (now: Date, back: number): Date => monthStart(now, back).start;
