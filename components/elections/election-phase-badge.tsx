import { useTranslations } from "next-intl";
import type { ElectionStanding } from "@/lib/elections/standing";

const STYLES: Record<ElectionStanding, string> = {
  draft: "border-slate-700 text-slate-900",
  announced: "border-blue-800 text-blue-900",
  nominations: "border-green-800 bg-green-50 text-green-900",
  formalCheck: "border-amber-800 bg-amber-50 text-amber-900",
  candidateList: "border-blue-800 bg-blue-50 text-blue-900",
  voting: "border-green-800 bg-green-50 text-green-900",
  counting: "border-slate-700 bg-slate-100 text-slate-900",
  resultsPublished: "border-purple-800 text-purple-900",
  tieUndecided: "border-amber-800 bg-amber-50 text-amber-900",
};

/** The election's phase in words (never by colour alone), or its undecided tie. */
export function ElectionPhaseBadge({ phase }: { phase: ElectionStanding }) {
  const t = useTranslations("elections.phases");
  return (
    <span className={`inline-block rounded border-2 px-2 py-0.5 text-sm font-semibold ${STYLES[phase]}`}>
      {t(phase)}
    </span>
  );
}
