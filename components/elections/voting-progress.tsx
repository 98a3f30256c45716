import { useFormatter, useTranslations } from "next-intl";
import { longDateTime } from "@/lib/i18n/date-time";

/**
 * What a representative needs first on the election page while voting is
 * open: until when, and how many of their organisations' ballots are cast.
 */
export function VotingProgress({ votingEndAt, cast, total }: { votingEndAt: Date; cast: number; total: number }) {
  const t = useTranslations("voting");
  const format = useFormatter();
  return (
    <div className="mt-2 space-y-1">
      <p className="font-semibold">{t("deadline", { when: longDateTime(format, votingEndAt) })}</p>
      {total > 0 && <p>{t("progress", { cast, total })}</p>}
    </div>
  );
}
