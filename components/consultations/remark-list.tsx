import { useFormatter, useTranslations } from "next-intl";
import type { PublicRemark } from "@/lib/consultations/remarks";
import { Link } from "@/lib/i18n/navigation";

/** Published remarks: who (the organisation, or the person), when, the wordings and the justification. */
export function RemarkList({ remarks, id }: { remarks: PublicRemark[]; id: string }) {
  const t = useTranslations("remarks");
  const decisions = useTranslations("answers.decisions");
  const format = useFormatter();
  return (
    <ol id={id} className="mt-2 space-y-3" aria-label={t("listLabel")}>
      {remarks.map((remark) => (
        <li key={remark.id} className="rounded border border-slate-400 bg-slate-50 p-3">
          <p className="font-semibold">
            {remark.organisation ? (
              <Link href={{ pathname: "/organisations/[slug]", params: { slug: remark.organisation.slug } }} className="underline">
                {remark.organisation.name}
              </Link>
            ) : (
              (remark.author?.name ?? t("deletedAuthor"))
            )}
            <span className="font-normal text-slate-700"> · {format.dateTime(remark.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
          </p>
          {remark.proposedWording && (
            <p className="mt-1 whitespace-pre-line">
              <span className="font-semibold">{t("proposedWording")}: </span>
              {remark.proposedWording}
            </p>
          )}
          {remark.justification && (
            <p className="mt-1 whitespace-pre-line">
              <span className="font-semibold">{t("justification")}: </span>
              {remark.justification}
            </p>
          )}
          {remark.decision && (
            <p className="mt-2 border-t border-slate-300 pt-2">
              <span className="font-semibold">{t("answer", { decision: decisions(remark.decision) })}</span>
              {remark.decisionReason && <span className="whitespace-pre-line"> {remark.decisionReason}</span>}
            </p>
          )}
          {remark.corrections.map((correction) => (
            <p key={correction.id} className="mt-1 text-sm">
              {t("corrected", { when: format.dateTime(correction.createdAt, { dateStyle: "medium", timeStyle: "short" }), who: correction.correctedByName, why: correction.why })}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
