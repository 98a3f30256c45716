import { useTranslations } from "next-intl";
import { AnswerForm } from "@/components/small-grants/answer-form";
import { DecisionForm } from "@/components/small-grants/decision-form";
import { LastDay, Pln, When } from "@/components/small-grants/money";
import { OfferDocumentView } from "@/components/small-grants/offer-document";
import { PublishForm } from "@/components/small-grants/publish-form";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/lib/i18n/navigation";
import type { OfficeCase as Case } from "@/lib/small-grants/queries";
import { plnDecimal } from "@/lib/offers/calc/money";

/**
 * One received offer on the office's page: its clock (publish by, remarks
 * until), the step the office can take now (publish, answer remarks, decide)
 * and, once decided, the decision. `now` is the server's clock at render.
 */
export function OfficeCase({ item, now }: { item: Case; now: Date }) {
  const t = useTranslations("smallGrants.office");
  const headingId = `sg-case-${item.id}`;
  const overdue = item.stage === "RECEIVED" && now >= item.publishDueBy;
  const decided = item.stage === "ACCEPTED" || item.stage === "REFUSED";
  return (
    <article aria-labelledby={headingId} className="mt-6 border-t-2 border-slate-300 pt-4">
      <h3 id={headingId} className="text-xl font-semibold">
        {item.offer.title || t("untitled")}
      </h3>
      <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("applicant")}</dt>
        <dd>{item.offer.leadOrganisation.name}</dd>
        <dt className="font-semibold">{t("requested")}</dt>
        <dd>
          <Pln grosze={item.offer.requestedGrant} />
        </dd>
        <dt className="font-semibold">{t("received")}</dt>
        <dd>
          <When at={item.receivedAt} />
        </dd>
        <dt className="font-semibold">{t("stage")}</dt>
        <dd>{t(`stages.${item.stage}`)}</dd>
        {item.stage === "RECEIVED" && (
          <>
            <dt className="font-semibold">{t("publishBy")}</dt>
            <dd>
              <LastDay end={item.publishDueBy} />
            </dd>
          </>
        )}
        {item.remarksUntil && (
          <>
            <dt className="font-semibold">{t("remarksUntil")}</dt>
            <dd>
              <LastDay end={item.remarksUntil} />
            </dd>
          </>
        )}
        {item.offer.versionNumber !== null && (
          <>
            <dt className="font-semibold">{t("offerFile")}</dt>
            <dd>
              {/* The whole offer, personal data included: the office's copy, not the published one. */}
              <a href={`/api/offers/${item.offer.id}/versions/${item.offer.versionNumber}/pdf`} className="underline">
                {t("offerPdf", { number: item.offer.versionNumber })}
              </a>
            </dd>
          </>
        )}
        {item.publicSlug && (
          <>
            <dt className="font-semibold">{t("publicPage")}</dt>
            <dd>
              <Link
                href={{ pathname: "/small-grants/[slug]", params: { slug: item.publicSlug } }}
                className="underline"
              >
                {t("publicPageLink")}
              </Link>
            </dd>
          </>
        )}
        {item.stage === "ACCEPTED" && item.awardedAmount !== null && (
          <>
            <dt className="font-semibold">{t("awarded")}</dt>
            <dd>
              <Pln grosze={item.awardedAmount} />
            </dd>
          </>
        )}
        {decided && item.decisionReason && (
          <>
            <dt className="font-semibold">{t("reason")}</dt>
            <dd className="whitespace-pre-line">{item.decisionReason}</dd>
          </>
        )}
      </dl>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold underline">{t("showOffer")}</summary>
        <OfferDocumentView document={item.document} headingLevel={4} />
      </details>
      {overdue && <Alert tone="warning">{t("overdue")}</Alert>}
      {item.stage === "RECEIVED" && <PublishForm caseId={item.id} title={item.offer.title || t("untitled")} />}
      {item.stage !== "RECEIVED" && (
        <section aria-label={t("remarksHeading", { count: item.remarks.length })} className="mt-4">
          <h4 className="font-semibold">{t("remarksHeading", { count: item.remarks.length })}</h4>
          <ol className="mt-2 space-y-4">
            {item.remarks.map((remark) => (
              <li key={remark.id} className="border-l-4 border-slate-400 pl-3">
                <p className="font-semibold">
                  {remark.authorName}, <When at={remark.createdAt} />
                </p>
                <p className="whitespace-pre-line">{remark.body}</p>
                {remark.answer && (
                  <p className="mt-1 whitespace-pre-line">
                    <span className="font-semibold">{t("answer")}: </span>
                    {remark.answer}
                  </p>
                )}
                {!decided && <AnswerForm remarkId={remark.id} answer={remark.answer} />}
              </li>
            ))}
          </ol>
        </section>
      )}
      {item.mayDecide && (
        <DecisionForm caseId={item.id} requested={plnDecimal(item.offer.requestedGrant).replace(".", ",")} />
      )}
      {(item.stage === "PUBLISHED" || item.stage === "REMARKS_CLOSED") && !item.mayDecide && (
        <p className="mt-3">{t("decideAfterWindow")}</p>
      )}
    </article>
  );
}
