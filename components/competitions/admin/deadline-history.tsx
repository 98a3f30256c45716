import { useFormatter, useTranslations } from "next-intl";
import type { DeadlineChangeView } from "@/lib/competitions/history";
import { longDateTime } from "@/lib/i18n/date-time";

/** The extensions of the offer deadline, oldest first (the same history the public page shows). */
export function DeadlineHistory({ changes }: { changes: DeadlineChangeView[] }) {
  const t = useTranslations("competitionsAdmin");
  const format = useFormatter();
  if (changes.length === 0) return null;
  return (
    <>
      <h3 className="mt-4 text-xl font-bold">{t("deadlineHistoryHeading")}</h3>
      <ul className="mt-2 list-disc pl-6">
        {changes.map((change) => (
          <li key={change.id}>
            {t("deadlineChange", {
              at: format.dateTime(change.createdAt, { dateStyle: "medium" }),
              from: longDateTime(format, change.previousDeadline),
              to: longDateTime(format, change.newDeadline),
              reason: change.reason,
            })}
            {change.actReference && ` (${change.actReference})`}
          </li>
        ))}
      </ul>
    </>
  );
}
