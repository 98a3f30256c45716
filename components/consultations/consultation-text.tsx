import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { RemarkList } from "@/components/consultations/remark-list";
import type { ConsultationPage } from "@/lib/consultations/queries";
import type { PublicRemark } from "@/lib/consultations/remarks/queries";
import { unitInnerHtml, type UnitMarkupWords } from "@/lib/consultations/unit-markup";
import { exampleCitation, paragraphNumbers, unitCitation } from "@/lib/consultations/units";

/** The list of units, by which the remark controls find it (components/consultations/unit-remark-controls.tsx). */
export const TEXT_LIST_ID = "consultation-text-units";

type Props = {
  units: ConsultationPage["units"];
  /** Submitted remarks per unit id, shown beside each unit when remarks are public. */
  counts: Map<string | null, number> | null;
  /** The unit whose remarks are listed (from ?uwagi=key), with them. */
  shown: { key: string; remarks: PublicRemark[] } | null;
  /** Remarks may be made now: each unit's markup gets its "remark on this" button, shown to those who may. */
  withRemarkControls: boolean;
  /** What works those buttons (UnitRemarkControls on TEXT_LIST_ID), for the readers who may remark. */
  remarkControls?: ReactNode;
};

/**
 * The consulted text, unit by unit. Each unit is a target: its citation
 * ("§ 3 ust. 2", or "Akapit 4") links to its own anchor (#key), beside it the
 * count of remarks on it (a link that lists them) and "remark on this". The
 * markup is kept lean (classes in globals.css): a text can have hundreds of units.
 */
export function ConsultationText({ units, counts, shown, withRemarkControls, remarkControls }: Props) {
  const t = useTranslations("consultationPage");
  const tRemarks = useTranslations("remarks");
  const paragraph = (number: number) => t("paragraphNumber", { number });
  const numbers = paragraphNumbers(units);
  const words: UnitMarkupWords = {
    remarksOnUnit: (count) => t("remarksOnUnit", { count }),
    remarkShort: tRemarks("remarkShort"),
    remarkOnUnit: (label) => tRemarks("remarkOnUnit", { label }),
  };
  return (
    <section aria-labelledby="text-heading" className="mt-8 max-w-4xl">
      <h2 id="text-heading" className="text-2xl font-bold">
        {t("textHeading")}
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        {t("textHint", { example: exampleCitation(units, paragraph) ?? paragraph(1) })}
      </p>
      <ol id={TEXT_LIST_ID} className="mt-4 space-y-4" lang="pl">
        {units.map((unit) => {
          const depth = Math.min(unit.depth, 5);
          const isShown = shown?.key === unit.key;
          const html = {
            __html: unitInnerHtml(
              unit,
              {
                citation: unitCitation(unit, numbers, paragraph),
                count: counts ? (counts.get(unit.id) ?? 0) : null,
                shown: isShown,
                withRemarkControl: withRemarkControls,
              },
              words,
            ),
          };
          const className = depth ? `cu d${depth}` : "cu";
          // The unit's remarks are listed under it on demand (?uwagi=key), not all at once.
          return isShown ? (
            <li key={unit.id} id={unit.key} className={className}>
              <div dangerouslySetInnerHTML={html} />
              <RemarkList remarks={shown.remarks} id={`uwagi-${unit.key}`} />
            </li>
          ) : (
            <li key={unit.id} id={unit.key} className={className} dangerouslySetInnerHTML={html} />
          );
        })}
      </ol>
      {remarkControls}
    </section>
  );
}
