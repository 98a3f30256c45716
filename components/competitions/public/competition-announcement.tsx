import { useFormatter, useLocale, useTranslations } from "next-intl";
import { day, percent } from "@/components/competitions/public/format";
import type { CompetitionPageView } from "@/lib/competitions/page-view";
import { formatPln } from "@/lib/offers/calc/money";
import { renderMarkdown } from "@/lib/text/markdown";

function Markdown({ text }: { text: string }) {
  // Rendered by lib/text/markdown.ts: raw HTML escaped, links checked.
  return (
    <div
      className="prose-user mt-3 space-y-3"
      lang="pl"
      dangerouslySetInnerHTML={{ __html: renderMarkdown(text, 3) }}
    />
  );
}

function Part({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8 max-w-3xl">
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

/**
 * The announcement's text parts in the order of art. 13 ust. 2 UDPP: what it
 * is about, the rules of awarding grants, the dates and conditions of carrying
 * out the tasks, the procedure, criteria and date of choice, and the
 * parameters every offer is checked against.
 */
export function CompetitionAnnouncement({ competition }: { competition: CompetitionPageView }) {
  const t = useTranslations("competitions.page");
  const format = useFormatter();
  const locale = useLocale();
  const c = competition;
  const yes = (value: boolean) => (value ? t("yes") : t("no"));
  return (
    <>
      <Part id="summary" heading={t("summary")}>
        <Markdown text={c.summary} />
      </Part>
      {c.awardRules && (
        <Part id="award-rules" heading={t("awardRules")}>
          <Markdown text={c.awardRules} />
        </Part>
      )}
      <Part id="terms" heading={t("implementationTerms")}>
        {c.implementationStartsOn && c.implementationEndsOn && (
          <p className="mt-3">
            {t("implementationWindow", {
              from: day(format, c.implementationStartsOn),
              to: day(format, c.implementationEndsOn),
            })}
          </p>
        )}
        {c.allowedYears.length > 0 && <p className="mt-2">{t("allowedYears", { years: c.allowedYears.join(", ") })}</p>}
        {c.implementationTerms && <Markdown text={c.implementationTerms} />}
      </Part>
      <Part id="selection" heading={t("selection")}>
        {c.selectionProcedure && <Markdown text={c.selectionProcedure} />}
        {c.selectionCriteria.length > 0 && (
          <ol className="mt-3 list-decimal pl-6">
            {c.selectionCriteria.map((criterion) => (
              <li key={criterion.key}>
                <span lang="pl">{criterion.name}</span> – {t("points", { count: criterion.maxPoints })}
                {criterion.onlySupport && <> ({t("onlySupport")})</>}
              </li>
            ))}
          </ol>
        )}
        {c.selectionDueOn && <p className="mt-3">{t("selectionDueOn", { date: day(format, c.selectionDueOn) })}</p>}
      </Part>
      <Part id="parameters" heading={t("parameters")}>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {c.minGrant !== null && (
            <>
              <dt className="font-semibold">{t("minGrant")}</dt>
              <dd>{formatPln(c.minGrant, locale)}</dd>
            </>
          )}
          {c.maxGrant !== null && (
            <>
              <dt className="font-semibold">{t("maxGrant")}</dt>
              <dd>{formatPln(c.maxGrant, locale)}</dd>
            </>
          )}
          {c.minOwnContributionBp !== null && (
            <>
              <dt className="font-semibold">{t("minOwnContribution")}</dt>
              <dd>
                {percent(format, c.minOwnContributionBp)}
                {!c.nonFinancialCounts && <> ({t("financialOnly")})</>}
              </dd>
            </>
          )}
          {c.minOwnFinancialBp !== null && (
            <>
              <dt className="font-semibold">{t("minOwnFinancial")}</dt>
              <dd>{percent(format, c.minOwnFinancialBp)}</dd>
            </>
          )}
          {c.maxAdminCostBp !== null && (
            <>
              <dt className="font-semibold">{t("maxAdminCost")}</dt>
              <dd>{t(`adminCapBase.${c.adminCapBase}`, { share: percent(format, c.maxAdminCostBp) })}</dd>
            </>
          )}
          <dt className="font-semibold">{t("jointOffers")}</dt>
          <dd>{yes(c.jointOffersAllowed)}</dd>
          <dt className="font-semibold">{t("recipientPayments")}</dt>
          <dd>{yes(c.recipientPaymentsAllowed)}</dd>
          <dt className="font-semibold">{t("resultsTable")}</dt>
          <dd>{c.resultsTableWaived ? t("resultsTableWaived") : t("resultsTableRequired")}</dd>
          {c.maxOffersPerApplicantPerTask !== null && (
            <>
              <dt className="font-semibold">{t("maxOffers")}</dt>
              <dd>{c.maxOffersPerApplicantPerTask}</dd>
            </>
          )}
          <dt className="font-semibold">{t("confirmation")}</dt>
          <dd>
            {c.confirmationRequired
              ? t("confirmationRequired", {
                  channels: c.confirmationChannels.map((channel) => t(`channels.${channel}`)).join(", "),
                })
              : t("confirmationNotRequired")}
          </dd>
        </dl>
      </Part>
    </>
  );
}
