import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { longDateTime } from "@/lib/i18n/date-time";
import { formatPln } from "@/lib/offers/calc/money";
import type { SubmissionReview } from "@/lib/offers/submission/review";
import { SubmitOfferForm } from "@/components/offers/submission/submit-offer-form";

/**
 * The review before submitting: the deadline, every error that would refuse
 * the submission and every warning, in words; the statements as chosen
 * (printed in Polish, as the template has them); the attachments and totals.
 */
export async function SubmissionReviewSections({ review, locale }: { review: SubmissionReview; locale: string }) {
  const t = await getTranslations("offerSubmission.submit");
  const format = await getFormatter();
  const id = { id: review.offer.id };
  const submitted = review.offer.status !== "DRAFT";
  return (
    <>
      <p className="mt-4 max-w-3xl">
        {review.competition
          ? t("deadline", { deadline: longDateTime(format, review.competition.deadline) })
          : t("smallGrantIntake", { office: review.office })}
      </p>
      {submitted && (
        <Alert tone="info" title={t("alreadySubmitted")}>
          <ButtonLink href={{ pathname: "/offers/[id]/confirmation", params: id }} variant="secondary">
            {t("toConfirmation")}
          </ButtonLink>
        </Alert>
      )}
      <section aria-labelledby="checks" className="mt-8">
        <h2 id="checks" className="text-2xl font-semibold">
          {t("checksHeading")}
        </h2>
        {review.errors.length === 0 ? (
          <p className="mt-2">{t("noErrors")}</p>
        ) : (
          <Alert tone="error" title={t("errorsTitle", { count: review.errors.length })}>
            <ul className="list-disc pl-6">
              {review.errors.map((problem) => (
                <li key={`${problem.path}-${problem.text}`}>{problem.text}</li>
              ))}
            </ul>
          </Alert>
        )}
        {review.warnings.length > 0 && (
          <Alert tone="warning" title={t("warningsTitle")}>
            <ul className="list-disc pl-6">
              {review.warnings.map((problem) => (
                <li key={`${problem.path}-${problem.text}`}>{problem.text}</li>
              ))}
            </ul>
          </Alert>
        )}
      </section>
      <section aria-labelledby="totals" className="mt-8">
        <h2 id="totals" className="text-2xl font-semibold">
          {t("totalsHeading")}
        </h2>
        <dl className="mt-2 grid max-w-xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
          <dt className="font-semibold">{t("totalCost")}</dt>
          <dd>{formatPln(review.totals.total, locale)}</dd>
          <dt className="font-semibold">{t("grant")}</dt>
          <dd>{formatPln(review.totals.grant, locale)}</dd>
          <dt className="font-semibold">{t("own")}</dt>
          <dd>{formatPln(review.totals.own, locale)}</dd>
        </dl>
      </section>
      <section aria-labelledby="statements" className="mt-8">
        <h2 id="statements" className="text-2xl font-semibold">
          {t("statementsHeading")}
        </h2>
        <ol className="mt-2 max-w-3xl list-decimal pl-6" lang="pl">
          {review.statements.map((statement) => (
            <li key={statement.number}>
              {statement.chosen ? statement.text : <strong>{t("statementNotChosen")}</strong>}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="attachments" className="mt-8">
        <h2 id="attachments" className="text-2xl font-semibold">
          {t("attachmentsHeading")}
        </h2>
        {review.attachments.length === 0 ? (
          <p className="mt-2">{t("noAttachments")}</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {review.attachments.map((attachment, i) => (
              <li key={i}>
                {attachment.requirement ? `${attachment.requirement}: ${attachment.title}` : attachment.title}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="submit" className="mt-8">
        <h2 id="submit" className="text-2xl font-semibold">
          {t("submitHeading")}
        </h2>
        {!submitted && !review.accepting && <Alert tone="warning">{t("notAccepting")}</Alert>}
        {!submitted && review.accepting && !review.maySubmit && <Alert tone="info">{t("notLead")}</Alert>}
        {!submitted && review.accepting && review.maySubmit && (
          <SubmitOfferForm offerId={review.offer.id} revisions={review.revisions} smallGrant={review.smallGrant} />
        )}
        <p className="mt-6">
          <ButtonLink href={{ pathname: "/offers/[id]", params: id }} variant="secondary">
            {t("backToEditor")}
          </ButtonLink>
        </p>
      </section>
    </>
  );
}
