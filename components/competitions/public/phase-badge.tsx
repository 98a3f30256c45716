import { useTranslations } from "next-intl";
import type { CompetitionPhase } from "@/lib/offers/calc/deadline";

const STYLES: Record<CompetitionPhase, string> = {
  DRAFT: "border-slate-700 text-slate-900",
  UPCOMING: "border-blue-800 text-blue-900",
  OPEN: "border-green-800 bg-green-50 text-green-900",
  EVALUATION: "border-slate-700 bg-slate-100 text-slate-900",
  DECIDED: "border-purple-800 text-purple-900",
  ANNULLED: "border-red-800 text-red-900",
};

/** The competition's phase in words (never by colour alone). */
export function CompetitionPhaseBadge({ phase }: { phase: CompetitionPhase }) {
  const t = useTranslations("competitions.phases");
  return (
    <span className={`inline-block rounded border-2 px-2 py-0.5 text-sm font-semibold ${STYLES[phase]}`}>
      {t(phase)}
    </span>
  );
}
