// Which year the office's small-grants page shows: `?year=` when it is a
// plausible year, else the current Polish calendar year.
import { polishYear } from "@/lib/small-grants/clock";

export function officeYear(param: string | string[] | undefined, now: Date): number {
  const text = Array.isArray(param) ? param[0] : param;
  const year = Number(text);
  return text && /^\d{4}$/.test(text) && year >= 2019 && year <= polishYear(now) + 1 ? year : polishYear(now);
}
