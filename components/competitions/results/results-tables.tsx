import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { ResultsView } from "@/lib/competitions/decision/results-view";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatPln } from "@/lib/offers/calc/money";

/**
 * The results as published (art. 15 ust. 2h-2i UDPP): per task who got how
 * much, the offers not funded (when the office lists them), an annulled task's
 * ground (art. 18a). Organisation names are Polish proper names: marked so.
 */
export function ResultsTables({ results }: { results: ResultsView }) {
  const t = useTranslations("competitionDecision.results");
  const locale = useLocale() as Locale;
  return (
    <>
      {results.tasks.map((task) => (
        <section key={task.id} aria-labelledby={`task-${task.id}`} className="mt-8">
          <h2 id={`task-${task.id}`} className="text-2xl font-bold">
            {t("taskHeading", { number: task.number })} <span lang="pl">{task.kindName}</span>
          </h2>
          <p className="mt-1">{t("pool", { amount: formatPln(task.pool, locale) })}</p>
          {task.outcome === "ANNULLED" ? (
            <p className="mt-2">
              {t(`annulled.${task.annulmentGround ?? "NO_VALID_OFFER"}`)}
              {task.reason && (
                <>
                  {" "}
                  <span lang="pl">{task.reason}</span>
                </>
              )}
            </p>
          ) : task.awards.length === 0 ? (
            <p className="mt-2">
              {t("noneFunded")}
              {task.reason && (
                <>
                  {" "}
                  <span lang="pl">{task.reason}</span>
                </>
              )}
            </p>
          ) : (
            <Table caption={t("awardsCaption", { number: task.number })} stacked>
              <thead>
                <tr>
                  <Th>{t("recipient")}</Th>
                  <Th>{t("offerTitle")}</Th>
                  <Th>{t("amount")}</Th>
                </tr>
              </thead>
              <tbody>
                {task.awards.map((award) => (
                  <tr key={award.id}>
                    <Td label={t("recipient")}>
                      {award.organisationSlug ? (
                        <Link
                          href={{ pathname: "/organisations/[slug]", params: { slug: award.organisationSlug } }}
                          className="underline"
                          lang="pl"
                        >
                          {award.recipientName}
                        </Link>
                      ) : (
                        <span lang="pl">{award.recipientName}</span>
                      )}
                      {award.coApplicants.length > 0 && (
                        <span className="block text-sm">
                          {t("coApplicants")} <span lang="pl">{award.coApplicants.map((c) => c.name).join(", ")}</span>
                        </span>
                      )}
                    </Td>
                    <Td label={t("offerTitle")}>
                      <span lang="pl">{award.offerTitle ?? "–"}</span>
                    </Td>
                    <Td label={t("amount")}>{formatPln(award.amount, locale)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          {task.unfunded.length > 0 && (
            <Table caption={t("unfundedCaption", { number: task.number })} stacked>
              <thead>
                <tr>
                  <Th>{t("applicants")}</Th>
                  <Th>{t("offerTitle")}</Th>
                  <Th>{t("outcome")}</Th>
                </tr>
              </thead>
              <tbody>
                {task.unfunded.map((offer) => (
                  <tr key={offer.offerId}>
                    <Td label={t("applicants")}>
                      <span lang="pl">{offer.applicants.map((a) => a.name).join(", ")}</span>
                    </Td>
                    <Td label={t("offerTitle")}>
                      <span lang="pl">{offer.title}</span>
                    </Td>
                    <Td label={t("outcome")}>{t(`outcomes.${offer.outcome}`)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
      ))}
    </>
  );
}

/** Where and when the results were published, the BIP document, and the notice as PDF and DOCX. */
export function ResultsPublication({ results }: { results: ResultsView }) {
  const t = useTranslations("competitionDecision.results");
  const format = useFormatter();
  const day = (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  if (results.notices.length === 0) return null;
  return (
    <section aria-labelledby="results-publication" className="mt-10 max-w-4xl">
      <h2 id="results-publication" className="text-2xl font-bold">
        {t("publicationHeading")}
      </h2>
      <ul className="mt-2 space-y-4">
        {results.notices.map((notice) => (
          <li key={notice.id}>
            <p className="font-semibold">
              {t(`noticeKinds.${notice.kind}`)}{" "}
              {format.dateTime(notice.publishedAt, {
                dateStyle: "long",
                timeStyle: "short",
                timeZone: "Europe/Warsaw",
              })}
            </p>
            <ul className="ml-5 list-disc">
              {(["bipOn", "noticeBoardOn", "websiteOn"] as const).map((channel) => (
                <li key={channel}>
                  {t(`channels.${channel}`)}: {notice[channel] ? day(notice[channel]!) : t("notRecorded")}
                </li>
              ))}
            </ul>
            {notice.note && <p lang="pl">{notice.note}</p>}
            <p className="mt-1 flex flex-wrap gap-4">
              <a
                className="underline"
                href={`/api/competitions/${results.id}/results-notice?notice=${notice.id}&format=pdf`}
              >
                {t("downloadPdf")}
              </a>
              <a
                className="underline"
                href={`/api/competitions/${results.id}/results-notice?notice=${notice.id}&format=docx`}
              >
                {t("downloadDocx")}
              </a>
              {notice.bipUrl && (
                <a className="underline" href={notice.bipUrl} rel="noopener noreferrer">
                  {t("bipLink")}
                </a>
              )}
            </p>
          </li>
        ))}
      </ul>
      {results.reasonsUntil && (
        <p className="mt-4">
          {t("reasonsRule", {
            days: results.reasonsDays ?? 30,
            until: format.dateTime(new Date(results.reasonsUntil.getTime() - 1), {
              dateStyle: "long",
              timeZone: "Europe/Warsaw",
            }),
          })}
        </p>
      )}
    </section>
  );
}
