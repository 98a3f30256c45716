import { useTranslations } from "next-intl";
import { When } from "@/components/small-grants/money";
import type { FormalOfferView } from "@/lib/competitions/formal/queries";

/** The corrections asked of the offer, newest first: what, by when, and what the answer changed. */
export function CorrectionHistory({
  corrections,
  sectionName,
  requirementName,
}: {
  corrections: FormalOfferView["corrections"];
  sectionName: Record<string, string>;
  requirementName: Record<string, string>;
}) {
  const t = useTranslations("competitionFormal.history");
  if (corrections.length === 0) return <p>{t("none")}</p>;
  return (
    <ol className="space-y-4">
      {corrections.map((correction) => (
        <li key={correction.id} className="border-l-4 border-slate-300 pl-3">
          <p className="font-semibold">
            {t(`state.${correction.status}`)}: {t("asked")} <When at={correction.requestedAt} />, {t("due")}{" "}
            <When at={correction.dueAt} />
          </p>
          <p>
            {t("sections", {
              sections: [
                ...correction.sections.map((key) => sectionName[key] ?? key),
                ...correction.requirements.map((id) => requirementName[id] ?? id),
              ].join(", "),
            })}
          </p>
          <p className="whitespace-pre-line">{correction.message}</p>
          {correction.answerVersion !== null && (
            <p className="mt-1">
              {t("answered", { from: correction.fromVersion ?? 0, to: correction.answerVersion })}{" "}
              {correction.changed.length === 0
                ? t("unchanged")
                : t("changed", { sections: correction.changed.map((key) => sectionName[key] ?? key).join(", ") })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
