import { useFormatter } from "next-intl";
import { longDateTime } from "@/lib/i18n/date-time";

/** Dates and times on the consultation page: "12 March 2027, 09:00" in the reader's language. */
export function useWhen(): (date: Date) => string {
  const format = useFormatter();
  return (date) => longDateTime(format, date);
}
