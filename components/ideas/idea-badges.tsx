import { useFormatter, useTranslations } from "next-intl";
import type { IdeaStatus } from "@/lib/generated/prisma/enums";
import type { ClockState } from "@/lib/ideas/clocks";

/** Where the addressee's consideration stands, in words (never colour alone). */
export function IdeaStatusBadge({ status }: { status: IdeaStatus }) {
  const t = useTranslations("ideas");
  return (
    <span className="inline-block rounded border-2 border-slate-700 bg-white px-2 py-0.5 text-sm font-semibold text-slate-900">
      {t(`statuses.${status}`)}
    </span>
  );
}

/**
 * The answer's clock: days left, days overdue (marked so it cannot be missed:
 * a thick red border and the word "overdue"), or whether the answer came on time.
 */
export function IdeaClockBadge({ clock }: { clock: ClockState }) {
  const t = useTranslations("ideas.clock");
  const format = useFormatter();
  if (clock.kind === "none") return null;
  if (clock.kind === "overdue")
    return (
      <span className="inline-block rounded border-2 border-red-800 bg-red-50 px-2 py-0.5 text-sm font-bold text-red-900">
        {t("overdue", { days: clock.daysOver, date: format.dateTime(clock.dueAt, { dateStyle: "long" }) })}
      </span>
    );
  if (clock.kind === "running")
    return (
      <span className="inline-block rounded border border-slate-500 px-2 py-0.5 text-sm text-slate-900">
        {t("running", { days: clock.daysLeft, date: format.dateTime(clock.dueAt, { dateStyle: "long" }) })}
      </span>
    );
  return (
    <span className="inline-block rounded border border-green-800 bg-green-50 px-2 py-0.5 text-sm text-green-900">
      {clock.onTime ? t("answeredOnTime") : t("answeredLate")}
    </span>
  );
}

/** "Supported by N organisations and M people", from the entry's own counters. */
export function IdeaSupportCounts({ organisations, people }: { organisations: number; people: number }) {
  const t = useTranslations("ideas");
  return <>{t("supportedBy", { organisations, people })}</>;
}
