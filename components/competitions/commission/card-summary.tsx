import { getLocale, getTranslations } from "next-intl/server";
import { formatTenths, maxTotalTenths, type CriterionSnapshot } from "@/lib/competitions/evaluation/calc/cards";

interface Card {
  status: "DRAFT" | "SUBMITTED" | "VOID";
  totalTenths: number;
  comment: string | null;
  version: { number: number };
  scores: { criterionIndex: number; scoreTenths: number | null; justification: string }[];
}

/** A submitted (or voided) card as it stays: each criterion's points and justification, the total, the version read. */
export async function CardSummary({
  card,
  criteria,
  currentVersion,
}: {
  card: Card;
  criteria: CriterionSnapshot[];
  currentVersion: number | null;
}) {
  const t = await getTranslations("evaluation.card");
  const locale = await getLocale();
  return (
    <section aria-labelledby="card" className="mt-8 max-w-3xl">
      <h2 id="card" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-2 font-semibold">{t(`state.${card.status}`)}</p>
      {currentVersion !== null && currentVersion !== card.version.number && (
        <p className="mt-2">{t("otherVersion", { read: card.version.number, current: currentVersion })}</p>
      )}
      <dl className="mt-4 space-y-3">
        {criteria.map((criterion) => {
          const score = card.scores.find((s) => s.criterionIndex === criterion.index);
          return (
            <div key={criterion.index}>
              <dt className="font-semibold">
                {t("criterion", {
                  number: criterion.index + 1,
                  name: criterion.name,
                  max: formatTenths(criterion.maxTenths, locale),
                })}
              </dt>
              <dd>
                {t("scored", {
                  points: score?.scoreTenths == null ? "–" : formatTenths(score.scoreTenths, locale),
                })}
                <p className="whitespace-pre-line">{score?.justification}</p>
              </dd>
            </div>
          );
        })}
      </dl>
      {card.comment && <p className="mt-4 whitespace-pre-line">{card.comment}</p>}
      <p className="mt-4 text-lg font-semibold">
        {t("total", {
          total: formatTenths(card.totalTenths, locale),
          max: formatTenths(maxTotalTenths(criteria), locale),
        })}
      </p>
    </section>
  );
}
