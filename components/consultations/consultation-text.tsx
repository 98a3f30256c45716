import { useTranslations } from "next-intl";
import { RemarkControl } from "@/components/consultations/remark-control";
import { RemarkList } from "@/components/consultations/remark-list";
import type { RemarkFormContext } from "@/components/consultations/remark-form";
import type { ConsultationPage } from "@/lib/consultations/queries";
import type { PublicRemark } from "@/lib/consultations/remarks/queries";
import { exampleCitation, paragraphNumbers, unitCitation } from "@/lib/consultations/units";

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
 * The consulted text, unit by unit. Each unit is a target: its citation
 * ("§ 3 ust. 2", or "Akapit 4") links to its own anchor (#key), beside it the
 * count of remarks on it (a link that lists them) and "remark on this". The
 * markup is kept lean (classes in globals.css): a text can have hundreds of units.
 */
export function ConsultationText({ units, counts, shown, remarkContext }: Props) {
  const t = useTranslations("consultationPage");
  const paragraph = (number: number) => t("paragraphNumber", { number });
  const numbers = paragraphNumbers(units);
  return (
    <section aria-labelledby="text-heading" className="mt-8 max-w-4xl">
      <h2 id="text-heading" className="text-2xl font-bold">
        {t("textHeading")}
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        {t("textHint", { example: exampleCitation(units, paragraph) ?? paragraph(1) })}
      </p>
      <ol className="mt-4 space-y-4" lang="pl">
        {units.map((unit) => {
          const label = unitCitation(unit, numbers, paragraph);
          const count = counts?.get(unit.id) ?? 0;
          const depth = Math.min(unit.depth, 5);
          // The unit's remarks are listed under it on demand (?uwagi=key), not all at once.
          const countLink = counts && count > 0 && (
            <a
              href={`?uwagi=${encodeURIComponent(unit.key)}#${unit.key}`}
              className="font-semibold underline"
              aria-current={shown?.key === unit.key ? "true" : undefined}
            >
              {t("remarksOnUnit", { count })}
              <span className="sr-only"> – {label}</span>
            </a>
          );
          const citation = (
            <a href={`#${unit.key}`} className="font-semibold">
              {label}
            </a>
          );
          return (
            <li key={unit.id} id={unit.key} className={depth ? `cu d${depth}` : "cu"}>
              {HEADING_KINDS.has(unit.kind) ? (
                <h3 className="text-xl font-bold">
                  {citation}
                  {unit.kind === "CHAPTER" && unit.text ? <span className="block text-lg">{unit.text}</span> : null}
                </h3>
              ) : (
                <p className="whitespace-pre-line">
                  {citation}
                  {unit.label ? ". " : ": "}
                  {unit.text}
                </p>
              )}
              {remarkContext ? (
                <RemarkControl
                  context={remarkContext}
                  unit={{
                    id: unit.id,
                    label,
                    text: HEADING_KINDS.has(unit.kind) ? `${unit.label ?? ""} ${unit.text}`.trim() : unit.text,
                  }}
                  beside={countLink}
                />
              ) : (
                countLink && <p className="mt-1 text-sm">{countLink}</p>
              )}
              {shown?.key === unit.key && <RemarkList remarks={shown.remarks} id={`uwagi-${unit.key}`} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
