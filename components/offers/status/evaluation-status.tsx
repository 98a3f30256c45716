import { getTranslations } from "next-intl/server";
import { Pln, When } from "@/components/small-grants/money";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import { offerStageOf } from "@/lib/offers/status-view";

/**
 * Where a submitted offer stands in the evaluation, on the applicants' own
 * offer page (a personal page: read on every request, so a result shows at
 * once). Nothing for drafts, withdrawn offers and small grants.
 */
export async function EvaluationStatus({ offerId }: { offerId: string }) {
  const stage = await offerStageOf(offerId);
  if (!stage) return null;
  const t = await getTranslations("offerCorrection.status");
  const tone = stage.stage === "TO_CORRECT" ? "warning" : stage.stage === "FORMALLY_REJECTED" ? "error" : "info";
  return (
    <section aria-labelledby="evaluation-status-heading">
      <h2 id="evaluation-status-heading" className="sr-only">
        {t("heading")}
      </h2>
      <Alert tone={tone} title={t(`stages.${stage.stage}`)}>
        {stage.stage === "TO_CORRECT" && (
          <>
            <p>
              {t("due")} <When at={stage.dueAt} />
            </p>
            <p className="mt-2 whitespace-pre-line">{stage.message}</p>
            <p className="mt-3">
              <Link
                href={{ pathname: "/offers/[id]/correction", params: { id: offerId } }}
                className={buttonClassName()}
              >
                {t("correct")}
              </Link>
            </p>
          </>
        )}
        {stage.stage === "CORRECTION_LAPSED" && (
          <p>
            {t("lapsed")} <When at={stage.dueAt} />
          </p>
        )}
        {stage.stage === "FORMALLY_REJECTED" && (
          <p className="whitespace-pre-line">{t("reason", { reason: stage.reason })}</p>
        )}
        {stage.stage === "UNDER_FORMAL_CHECK" && <p>{t("underCheck")}</p>}
        {stage.stage === "UNDER_EVALUATION" && <p>{t("underEvaluation")}</p>}
        {stage.stage === "FUNDED" && (
          <p>
            {t("funded")} <Pln grosze={stage.amount} />
          </p>
        )}
        {stage.stage === "NOT_FUNDED" && <p className="whitespace-pre-line">{t("reason", { reason: stage.reason })}</p>}
      </Alert>
    </section>
  );
}
