// The named formats messages use: `{deadline, date, long}`, `{until, time, clock}`.
import type { Formats } from "next-intl";

export const DATE_FORMATS = {
  dateTime: {
    long: { day: "numeric", month: "long", year: "numeric" },
    short: { day: "2-digit", month: "2-digit", year: "numeric" },
    // Time formats share these names with dates: `{x, time, short}` would be the short date.
    clock: { hour: "2-digit", minute: "2-digit" },
  },
} satisfies Formats;
