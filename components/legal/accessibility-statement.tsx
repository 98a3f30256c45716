import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { isFallback, pickLocalized } from "@/lib/settings/localized";
import { telHref } from "@/lib/contact-links";

interface Statement {
  publishedOn: Date;
  updatedOn: Date;
  preparedOn: Date;
  reviewedOn: Date | null;
  status: "COMPLIANT" | "PARTIALLY_COMPLIANT" | "NON_COMPLIANT";
  nonCompliance: unknown;
  assessment: "SELF_ASSESSMENT" | "EXTERNAL";
  assessmentUrl: string | null;
  contactPerson: string;
  contactEmail: string;
  contactPhone: string;
  architecture: unknown;
  architectureUrl: string | null;
  communication: unknown;
  mobileApps: unknown;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A text written by administrators; marked Polish when the translation is missing. */
function Configured({ value, locale, id }: { value: unknown; locale: Locale; id?: string }) {
  const text = pickLocalized(value, locale);
  return (
    <div id={id} lang={isFallback(value, locale) ? "pl" : undefined} className="whitespace-pre-line">
      {text}
    </div>
  );
}

/**
 * The statement in the structure of the technical conditions v2.0 (31.07.2024):
 * the a11y-* ids let the monitoring tools of the Ministry of Digital Affairs read it.
 */
export function AccessibilityStatement({
  statement,
  entity,
  siteUrl,
}: {
  statement: Statement;
  entity: string;
  siteUrl: string;
}) {
  const t = useTranslations("accessibility");
  const format = useFormatter();
  const locale = useLocale();
  const date = (value: Date) => <time dateTime={isoDate(value)}>{format.dateTime(value, "long")}</time>;
  const statusText = {
    COMPLIANT: t("statusCompliant"),
    PARTIALLY_COMPLIANT: t("statusPartial"),
    NON_COMPLIANT: t("statusNonCompliant"),
  }[statement.status];
  const sectionHeading = "mt-8 text-2xl font-bold";

  return (
    <div className="max-w-3xl space-y-3">
      <p id="a11y-wstep">
        {t.rich("intro", { entityName: entity, entity: (chunks) => <span id="a11y-podmiot">{chunks}</span> })}
      </p>
      <p id="a11y-zakres">
        {t.rich("scope", {
          url: siteUrl,
          site: (chunks) => (
            <a id="a11y-url" href={siteUrl}>
              {chunks}
            </a>
          ),
        })}
      </p>
      <ul className="list-disc pl-6">
        <li>
          {t("publishedOn")} <span id="a11y-data-publikacja">{date(statement.publishedOn)}</span>
        </li>
        <li>
          {t("updatedOn")} <span id="a11y-data-aktualizacja">{date(statement.updatedOn)}</span>
        </li>
      </ul>

      <h2 className={sectionHeading}>{t("statusHeading")}</h2>
      <p id="a11y-status">{statusText}</p>
      {statement.status !== "COMPLIANT" && (
        <>
          <h3 className="mt-4 text-xl font-semibold">{t("nonComplianceHeading")}</h3>
          <Configured value={statement.nonCompliance} locale={locale} />
        </>
      )}

      <h2 className={sectionHeading}>{t("preparationHeading")}</h2>
      <ul className="list-disc pl-6">
        <li>
          {t("preparedOn")} <span id="a11y-data-sporzadzenie">{date(statement.preparedOn)}</span>
        </li>
        {statement.reviewedOn && (
          <li>
            {t("reviewedOn")} <span id="a11y-data-przeglad">{date(statement.reviewedOn)}</span>
          </li>
        )}
      </ul>
      <p>{statement.assessment === "SELF_ASSESSMENT" ? t("selfAssessment") : t("externalAssessment")}</p>
      {statement.assessmentUrl && (
        <p>
          <a id="a11y-ocena" href={statement.assessmentUrl}>
            {t("assessmentLink")}
          </a>
        </p>
      )}

      <h2 className={sectionHeading}>{t("keyboardHeading")}</h2>
      <p>{t("keyboard")}</p>

      <h2 className={sectionHeading} id="a11y-kontakt">
        {t("contactHeading")}
      </h2>
      <p>
        {t.rich("contact", {
          personName: statement.contactPerson,
          person: (chunks) => <span id="a11y-osoba">{chunks}</span>,
        })}
      </p>
      <ul className="list-disc pl-6">
        <li>
          {t("email")}{" "}
          <a id="a11y-email" href={`mailto:${statement.contactEmail}`}>
            {statement.contactEmail}
          </a>
        </li>
        <li>
          {t("phone")}{" "}
          <a id="a11y-telefon" href={telHref(statement.contactPhone)}>
            {statement.contactPhone}
          </a>
        </li>
      </ul>
      <p>{t("contactRequest")}</p>

      <h2 className={sectionHeading} id="a11y-procedura">
        {t("procedureHeading")}
      </h2>
      <p>{t("procedure1")}</p>
      <p>{t("procedure2")}</p>
      <p>{t("procedure3")}</p>
      <p>{t("procedure4")}</p>
      <p>
        {t("procedure5")} <a href="https://bip.brpo.gov.pl/">{t("ombudsman")}</a>
      </p>

      <h2 className={sectionHeading}>{t("architectureHeading")}</h2>
      <Configured value={statement.architecture} locale={locale} id="a11y-architektura" />
      {statement.architectureUrl && (
        <p>
          <a id="a11y-architektura-url" href={statement.architectureUrl}>
            {t("architectureLink")}
          </a>
        </p>
      )}

      <h2 className={sectionHeading}>{t("communicationHeading")}</h2>
      <Configured value={statement.communication} locale={locale} id="a11y-komunikacja" />

      {statement.mobileApps != null && (
        <>
          <h2 className={sectionHeading}>{t("appsHeading")}</h2>
          <Configured value={statement.mobileApps} locale={locale} id="a11y-aplikacje" />
        </>
      )}
    </div>
  );
}
