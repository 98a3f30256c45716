import { useFormatter, useTranslations } from "next-intl";
import { longDateTime } from "@/lib/i18n/date-time";
import { polishDaysUntil } from "@/lib/time/polish-local";

/**
 * The offer deadline in Polish time, named so ("16:00 czasu polskiego"), and,
 * while offers are taken, the days left as a Polish wall calendar counts them.
 * `now` is the moment the page was made: the page cache keeps it for seconds
 * (PAGE_CACHE_SECONDS), and the lifecycle job drops it at each deadline.
 */
export function DeadlineText({ deadline, open, now }: { deadline: Date; open: boolean; now: Date }) {
  const t = useTranslations("competitions");
  const format = useFormatter();
  const days = polishDaysUntil(deadline, now);
  return (
    <span>
      {t("deadlineAt", { when: longDateTime(format, deadline) })}
      {open && <> ({days <= 0 ? t("lastDay") : t("daysLeft", { count: days })})</>}
    </span>
  );
}
