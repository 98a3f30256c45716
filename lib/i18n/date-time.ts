// A moment written out in full: "18 grudnia 2026, 23:59", "18 December 2026,
// 23:59", "18. Dezember 2026, 23:59". ICU joins a long date and its time with a
// bare space in Polish ("18 grudnia 2026 23:59", which reads as one number
// running into the next) and with "at"/"um" in English and German, so the
// date and the clock time are formatted apart and joined with a comma, the
// same in every language. One function for the pages, mails and PDFs alike.
import { createFormatter } from "next-intl";
import { TIME_ZONE, type Locale } from "@/lib/i18n/locales";
import { sharedIntl } from "@/lib/i18n/shared-intl";

/** What formats a date: next-intl's useFormatter() or getFormatter(), or a formatter for a locale (dateTimeFormatter). */
export type DateTimeFormatter = Pick<ReturnType<typeof createFormatter>, "dateTime">;

/** The long date and the clock time of `date`, joined with a comma. */
export function longDateTime(format: DateTimeFormatter, date: Date): string {
  return `${format.dateTime(date, { dateStyle: "long" })}, ${format.dateTime(date, { timeStyle: "short" })}`;
}

/** A formatter for code outside a request's next-intl context (mails, PDFs), in Polish time. */
export function dateTimeFormatter(locale: Locale): DateTimeFormatter {
  return createFormatter({ ...sharedIntl, locale, timeZone: TIME_ZONE });
}
