import { useLocale, useTranslations } from "next-intl";
import { useWhen } from "@/components/consultations/use-when";
import type { ConsultationPage } from "@/lib/consultations/queries";
import type { Locale } from "@/lib/i18n/locales";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { territoryLabel } from "@/lib/reference-data/territory-label";
import { renderMarkdown } from "@/lib/text/markdown";

/** What the consultation is about, and its facts: who takes part, when remarks are published, meeting, contact. */
export function ConsultationDetails({ consultation }: { consultation: ConsultationPage }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const when = useWhen();
  return (
    <>
      <section aria-labelledby="summary-heading" className="mt-8 max-w-3xl">
        <h2 id="summary-heading" className="text-2xl font-bold">
          {t("consultationPage.summaryHeading")}
        </h2>
        {/* Rendered by lib/text/markdown.ts: raw HTML escaped, links checked. */}
        <div
          className="prose-user mt-3 space-y-3"
          lang="pl"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(consultation.summary, 3) }}
        />
      </section>
      <section aria-labelledby="details-heading" className="mt-8 max-w-3xl">
        <h2 id="details-heading" className="text-2xl font-bold">
          {t("consultationPage.detailsHeading")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("consultationPage.who")}</dt>
          <dd>{t(`consultations.audiences.${consultation.audience}`)}</dd>
          <dt className="font-semibold">{t("consultationPage.remarksPublished")}</dt>
          <dd>{t(`consultations.remarkPublications.${consultation.remarkPublication}`)}</dd>
          {consultation.legalBasis && (
            <>
              <dt className="font-semibold">{t("consultationPage.legalBasis")}</dt>
              <dd lang="pl">{consultation.legalBasis}</dd>
            </>
          )}
          {(consultation.meetingAt || consultation.meetingPlace || consultation.meetingUrl) && (
            <>
              <dt className="font-semibold">{t("consultationPage.meeting")}</dt>
              <dd>
                {consultation.meetingAt && <span className="block">{when(consultation.meetingAt)}</span>}
                {consultation.meetingPlace && (
                  <span className="block" lang="pl">
                    {consultation.meetingPlace}
                  </span>
                )}
                {consultation.meetingUrl && (
                  <a href={consultation.meetingUrl} className="underline" rel="noopener nofollow">
                    {t("consultationPage.meetingOnline")}
                  </a>
                )}
              </dd>
            </>
          )}
          {(consultation.contactPerson || consultation.contactEmail) && (
            <>
              <dt className="font-semibold">{t("consultationPage.contact")}</dt>
              <dd>
                {consultation.contactPerson && <span className="block">{consultation.contactPerson}</span>}
                {consultation.contactEmail && (
                  <a href={`mailto:${consultation.contactEmail}`} className="underline">
                    {consultation.contactEmail}
                  </a>
                )}
              </dd>
            </>
          )}
          {consultation.spheres.length > 0 && (
            <>
              <dt className="font-semibold">{t("consultationPage.spheres")}</dt>
              <dd>{consultation.spheres.map(({ sphere }) => sphereName(sphere, locale)).join("; ")}</dd>
            </>
          )}
          {consultation.territories.length > 0 && (
            <>
              <dt className="font-semibold">{t("consultationPage.territories")}</dt>
              <dd lang="pl">{consultation.territories.map(({ territory }) => territoryLabel(territory)).join(", ")}</dd>
            </>
          )}
          {consultation.bipUrl && (
            <>
              <dt className="font-semibold">{t("consultationPage.bip")}</dt>
              <dd>
                <a href={consultation.bipUrl} className="underline" rel="noopener">
                  {t("consultationPage.bipLink")}
                </a>
              </dd>
            </>
          )}
        </dl>
      </section>
    </>
  );
}
