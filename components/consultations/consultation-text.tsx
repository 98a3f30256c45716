import { useTranslations } from "next-intl";
import { RemarkControl } from "@/components/consultations/remark-control";
import { RemarkList } from "@/components/consultations/remark-list";
import type { RemarkFormContext } from "@/components/consultations/remark-form";
import type { ConsultationPage } from "@/lib/consultations/queries";
import type { PublicRemark } from "@/lib/consultations/remarks";

const HEADING_KINDS = new Set(["CHAPTER", "HEADING"]);

type Props = {
  units: ConsultationPage["units"];
  /** Submitted remarks per unit id, shown beside each unit when remarks are public. */
  counts: Map<string | null, number> | null;
  /** The unit whose remarks are listed (from ?uwagi=key), with them. */
  shown: { key: string; remarks: PublicRemark[] } | null;
  /** Set when the viewer may remark now. */
  remarkContext: RemarkFormContext | null;
};

/**
 * The consulted text, unit by unit. Each unit is a target: its anchor (#key)
 * can be linked and cited, it carries its citation ("§ 3 ust. 2"), the count
 * of remarks on it (a link that lists them) and "remark on this".
 */
export function ConsultationText({ units, counts, shown, remarkContext }: Props) {
  const t = useTranslations("consultationPage");
  return (
    <section aria-labelledby="text-heading" className="mt-8 max-w-4xl">
      <h2 id="text-heading" className="text-2xl font-bold">
        {t("textHeading")}
      </h2>
      <ol className="mt-4 space-y-4">
        {units.map((unit, index) => {
          const label = unit.label ?? t("paragraphNumber", { number: index + 1 });
          const count = counts?.get(unit.id) ?? 0;
          return (
            <li key={unit.id} id={unit.key} className="scroll-mt-20 target:bg-yellow-50 target:outline target:outline-2 target:outline-yellow-700" style={{ marginLeft: `${Math.min(unit.depth, 5) * 1.25}rem` }}>
              <div lang="pl">
                {HEADING_KINDS.has(unit.kind) ? (
                  <h3 className="text-xl font-bold">
                    {unit.label}
                    {unit.kind === "CHAPTER" && unit.text ? <span className="block text-lg">{unit.text}</span> : null}
                  </h3>
                ) : (
                  <p className="whitespace-pre-line">
                    {unit.label && <span className="font-semibold">{unit.label}. </span>}
                    {!unit.label && <span className="sr-only">{label}: </span>}
                    {unit.text}
                  </p>
                )}
              </div>
              <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
                <a href={`#${unit.key}`} className="text-slate-700 underline">
                  {t("linkToUnit")}
                  <span className="sr-only"> {label}</span>
                </a>
                {counts && count > 0 && (
                  <a href={`?uwagi=${encodeURIComponent(unit.key)}#${unit.key}`} className="font-semibold underline" aria-current={shown?.key === unit.key ? "true" : undefined}>
                    {t("remarksOnUnit", { count })}
                    <span className="sr-only"> – {label}</span>
                  </a>
                )}
              </p>
              {shown?.key === unit.key && <RemarkList remarks={shown.remarks} id={`uwagi-${unit.key}`} />}
              {remarkContext && <RemarkControl context={remarkContext} unit={{ id: unit.id, label, text: unit.kind === "CHAPTER" ? `${unit.label ?? ""} ${unit.text}`.trim() : unit.text }} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
