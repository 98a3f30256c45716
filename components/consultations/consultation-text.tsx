import { useTranslations } from "next-intl";
import type { ConsultationPage } from "@/lib/consultations/queries";

const HEADING_KINDS = new Set(["CHAPTER", "HEADING"]);

/**
 * The consulted text, unit by unit. Each unit is a target: its anchor (#key)
 * can be linked and cited, and it carries its citation ("§ 3 ust. 2").
 */
export function ConsultationText({ units }: { units: ConsultationPage["units"] }) {
  const t = useTranslations("consultationPage");
  return (
    <section aria-labelledby="text-heading" className="mt-8 max-w-4xl">
      <h2 id="text-heading" className="text-2xl font-bold">
        {t("textHeading")}
      </h2>
      <ol className="mt-4 space-y-3" lang="pl">
        {units.map((unit, index) => (
          <li key={unit.id} id={unit.key} className="scroll-mt-20 target:bg-yellow-50 target:outline target:outline-2 target:outline-yellow-700" style={{ marginLeft: `${Math.min(unit.depth, 5) * 1.25}rem` }}>
            {HEADING_KINDS.has(unit.kind) ? (
              <h3 className="text-xl font-bold">
                {unit.label}
                {unit.kind === "CHAPTER" && unit.text ? <span className="block text-lg">{unit.text}</span> : null}
              </h3>
            ) : (
              <p className="whitespace-pre-line">
                {unit.label && <span className="font-semibold">{unit.label}. </span>}
                {!unit.label && <span className="sr-only">{t("paragraphNumber", { number: index + 1 })}: </span>}
                {unit.text}
              </p>
            )}
            <a href={`#${unit.key}`} className="text-sm text-slate-700 underline">
              {t("linkToUnit")}
              <span className="sr-only"> {unit.label ?? t("paragraphNumber", { number: index + 1 })}</span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
