import { useTranslations } from "next-intl";
import type { FitExplanation } from "@/lib/partnerships/score/explain";

/**
 * The fit in words, a bar with its number in text beside it (the bar alone
 * would say it by length only), why it fits and what is not met.
 */
export function FitSummary({ explanation }: { explanation: FitExplanation }) {
  const t = useTranslations("partnerSuggestions");
  return (
    <div className="mt-2">
      <p className="flex flex-wrap items-center gap-3">
        <span className="font-semibold">{t("fit", { level: explanation.level })}</span>
        <span aria-hidden="true" className="inline-block h-3 w-32 rounded border border-slate-700 bg-white">
          <span className="block h-full bg-slate-700" style={{ width: `${explanation.percent}%` }} />
        </span>
        <span>{t("bar", { percent: explanation.percent })}</span>
      </p>
      <dl className="mt-2 grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-3">
        <dt className="font-semibold">{t("why")}</dt>
        <dd>{explanation.why}</dd>
        {explanation.notMet && (
          <>
            <dt className="font-semibold">{t("notMet")}</dt>
            <dd>{explanation.notMet}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
