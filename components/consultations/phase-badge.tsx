import { useTranslations } from "next-intl";
import type { ConsultationPhase } from "@/lib/consultations/lifecycle";

const STYLES: Record<ConsultationPhase, string> = {
  draft: "border-slate-700 text-slate-900",
  scheduled: "border-blue-800 text-blue-900",
  open: "border-green-800 bg-green-50 text-green-900",
  closed: "border-slate-700 bg-slate-100 text-slate-900",
  reportPublished: "border-purple-800 text-purple-900",
};

/** The consultation's phase in words (never by colour alone). */
export function PhaseBadge({ phase }: { phase: ConsultationPhase }) {
  const t = useTranslations("consultations.phases");
  return (
    <span className={`inline-block rounded border-2 px-2 py-0.5 text-sm font-semibold ${STYLES[phase]}`}>
      {t(phase)}
    </span>
  );
}
