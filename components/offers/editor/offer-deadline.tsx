import { useFormatter, useTranslations } from "next-intl";
import { longDateTime } from "@/lib/i18n/date-time";
import { polishDaysUntil } from "@/lib/time/polish-local";

/** The offer deadline in Polish time, with the days left (or that it has passed) by the wall calendar. */
export function OfferDeadline({ deadline, now }: { deadline: Date; now: Date }) {
  const t = useTranslations("offerEditor.deadline");
  const format = useFormatter();
  const passed = now.getTime() >= deadline.getTime();
  return (
    <>
      {t("at", { when: longDateTime(format, deadline) })}{" "}
      <strong>({passed ? t("passed") : t("daysLeft", { count: polishDaysUntil(deadline, now) })})</strong>
    </>
  );
}
