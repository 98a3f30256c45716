// Small formatters the competition's public sections share: shares held in
// basis points shown as percentages, and calendar dates (stored @db.Date, read
// as midnight UTC) shown as the day they name.
import type { useFormatter } from "next-intl";

type Formatter = ReturnType<typeof useFormatter>;

/** 1000 basis points → "10%" in the reader's format; display only, the checks compare integers. */
export const percent = (format: Formatter, bp: number) =>
  format.number(bp / 10_000, { style: "percent", maximumFractionDigits: 2 });

/** A calendar day as its long date, whatever the reader's zone. */
export const day = (format: Formatter, date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
