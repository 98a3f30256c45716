import { useFormatter, useLocale } from "next-intl";
import { longDateTime } from "@/lib/i18n/date-time";
import { formatPln } from "@/lib/offers/calc/money";

/** An amount of grosze as złoty in the reader's format (from the exact decimal, never a float's rounding). */
export function Pln({ grosze }: { grosze: number }) {
  return <>{formatPln(grosze, useLocale())}</>;
}

/** An instant in Polish time, as the reader writes dates. */
export function When({ at }: { at: Date }) {
  const format = useFormatter();
  return <time dateTime={at.toISOString()}>{longDateTime(format, at)}</time>;
}

/** The last day of a period that ends at a Polish midnight (the day itself, not the next one's 0:00). */
export function LastDay({ end }: { end: Date }) {
  const format = useFormatter();
  const last = new Date(end.getTime() - 1);
  return <time dateTime={end.toISOString()}>{format.dateTime(last, { dateStyle: "long" })}</time>;
}
