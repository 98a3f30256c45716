import { useFormatter, useTranslations } from "next-intl";

export type RemarkBodyProps = {
  proposedWording: string | null;
  justification: string | null;
  decision: "ACCEPTED" | "PARTLY_ACCEPTED" | "NOT_ACCEPTED" | null;
  decisionReason: string | null;
  corrections?: { id: string; why: string; correctedByName: string; createdAt: Date }[];
};

/** What a remark says and how the office answered it (and any correction after the report). */
export function RemarkBody({
  proposedWording,
  justification,
  decision,
  decisionReason,
  corrections = [],
}: RemarkBodyProps) {
  const t = useTranslations("remarks");
  const decisions = useTranslations("answers.decisions");
  const format = useFormatter();
  return (
    <>
      {proposedWording && (
        <p className="mt-1 whitespace-pre-line">
          <span className="font-semibold">{t("proposedWording")}: </span>
          {proposedWording}
        </p>
      )}
      {justification && (
        <p className="mt-1 whitespace-pre-line">
          <span className="font-semibold">{t("justification")}: </span>
          {justification}
        </p>
      )}
      {decision && (
        <p className="mt-2 border-t border-slate-300 pt-2">
          <span className="font-semibold">{t("answer", { decision: decisions(decision) })}</span>
          {decisionReason && <span className="whitespace-pre-line"> {decisionReason}</span>}
        </p>
      )}
      {corrections.map((correction) => (
        <p key={correction.id} className="mt-1 text-sm">
          {t("corrected", {
            when: format.dateTime(correction.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            who: correction.correctedByName,
            why: correction.why,
          })}
        </p>
      ))}
    </>
  );
}
