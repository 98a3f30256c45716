import { useFormatter, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { DeadlineChangeView } from "@/lib/competitions/history";
import type { AnnouncementRecord } from "@/lib/competitions/queries";
import { longDateTime } from "@/lib/i18n/date-time";
import { percentText } from "@/lib/competitions/amount-text";
import { sphereName } from "@/lib/reference-data/sphere-name";
import type { Locale } from "@/lib/i18n/locales";

type Criterion = { name: string; maxPoints: number; onlySupport: boolean };

/**
 * The announcement as readers get it, in the order of art. 13 ust. 2 (the
 * same as the PDF): the draft's preview for its officials. Text fields are
 * shown as written, paragraphs kept.
 */
export function AnnouncementView({
  competition,
  history,
  locale,
}: {
  competition: AnnouncementRecord;
  history: DeadlineChangeView[];
  locale: Locale;
}) {
  const t = useTranslations("competitionsAdmin");
  const format = useFormatter();
  const pln = (grosze: bigint | null) =>
    grosze === null ? "–" : format.number(Number(grosze) / 100, { style: "currency", currency: "PLN" });
  const day = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "long", timeZone: "UTC" }) : "–");
  const when = (date: Date) => `${longDateTime(format, date)} ${t("pdf.polishTime")}`;
  const prose = (text: string) => <p className="mt-2 max-w-3xl whitespace-pre-line">{text || "–"}</p>;
  const section = (id: string, title: string, children: React.ReactNode) => (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
  const criteria = (competition.selectionCriteria as Criterion[]) ?? [];
  const bp = (value: number | null) => (value === null ? null : `${percentText(value)}%`);
  return (
    <article>
      {competition.reference && (
        <p className="text-slate-700">{t("pdf.reference", { reference: competition.reference })}</p>
      )}
      {prose(competition.summary)}
      {competition.draftBudgetBasis && <p className="mt-2">{t("pdf.draftBudget")}</p>}
      {section(
        "point-1",
        t("pdf.point1"),
        <ul className="mt-2 space-y-3">
          {competition.tasks.map((task) => (
            <li key={task.id}>
              <p className="font-semibold">
                {t("pdf.task", { number: task.number })} {task.kindName}
              </p>
              <p>
                {t(`forms.${task.form}`)} ·{" "}
                {t("pdf.sphere", { code: task.sphere.code, name: sphereName(task.sphere, locale) })}
              </p>
              {task.description && <p className="whitespace-pre-line">{task.description}</p>}
            </li>
          ))}
        </ul>,
      )}
      {section(
        "point-2",
        t("pdf.point2"),
        <>
          <Table caption={t("pdf.point2")}>
            <thead>
              <tr>
                <Th>{t("pdf.taskColumn")}</Th>
                <Th>{t("pdf.kindColumn")}</Th>
                <Th>{t("pdf.poolColumn")}</Th>
                <Th>{t("fields.maxGrant")}</Th>
              </tr>
            </thead>
            <tbody>
              {competition.tasks.map((task) => (
                <tr key={task.id}>
                  <Td>{task.number}</Td>
                  <Th scope="row">{task.kindName}</Th>
                  <Td>{pln(task.pool)}</Td>
                  <Td>{pln(task.maxGrant ?? competition.maxGrant)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p className="mt-2 font-semibold">{t("pdf.totalPool", { total: pln(competition.totalPool) })}</p>
        </>,
      )}
      {section(
        "point-3",
        t("pdf.point3"),
        <>
          {prose(competition.awardRules)}
          <ul className="mt-2 list-disc pl-6">
            {competition.minGrant !== null && <li>{t("pdf.minGrant", { amount: pln(competition.minGrant) })}</li>}
            {competition.maxGrant !== null && <li>{t("pdf.maxGrant", { amount: pln(competition.maxGrant) })}</li>}
            {competition.minOwnContributionBp !== null && (
              <li>
                {t("pdf.minOwn", {
                  share: bp(competition.minOwnContributionBp)!,
                  counts: String(competition.nonFinancialCounts),
                })}
              </li>
            )}
            {competition.minOwnFinancialBp !== null && (
              <li>{t("pdf.minOwnFinancial", { share: bp(competition.minOwnFinancialBp)! })}</li>
            )}
            {competition.maxAdminCostBp !== null && (
              <li>{t("pdf.maxAdmin", { share: bp(competition.maxAdminCostBp)!, base: competition.adminCapBase })}</li>
            )}
            <li>{t("pdf.joint", { allowed: String(competition.jointOffersAllowed) })}</li>
            {competition.resultsTableWaived && <li>{t("pdf.resultsWaived")}</li>}
          </ul>
        </>,
      )}
      {section(
        "point-4",
        t("pdf.point4"),
        <>
          <p className="mt-2">
            {t("pdf.window", {
              from: day(competition.implementationStartsOn),
              to: day(competition.implementationEndsOn),
            })}
          </p>
          <p>{t("pdf.years", { years: competition.allowedYears.join(", ") })}</p>
          {prose(competition.implementationTerms)}
        </>,
      )}
      {section(
        "point-5",
        t("pdf.point5"),
        <>
          <p className="mt-2">{t("pdf.opens", { when: when(competition.offersOpenAt) })}</p>
          <p className="font-semibold">{t("pdf.deadline", { when: when(competition.offersDeadline) })}</p>
          {history.map((change) => (
            <p key={change.id}>
              {t("pdf.extension", {
                from: when(change.previousDeadline),
                to: when(change.newDeadline),
                reason: change.reason,
                act: change.actReference ?? "–",
              })}
            </p>
          ))}
          {competition.confirmationRequired && competition.confirmationDueAt && (
            <p>{t("pdf.confirmation", { when: when(competition.confirmationDueAt) })}</p>
          )}
        </>,
      )}
      {section(
        "point-6",
        t("pdf.point6"),
        <>
          {prose(competition.selectionProcedure)}
          {criteria.length > 0 && (
            <Table caption={t("fields.selectionCriteria")}>
              <thead>
                <tr>
                  <Th>{t("pdf.lp")}</Th>
                  <Th>{t("pdf.criterion")}</Th>
                  <Th>{t("pdf.maxPoints")}</Th>
                </tr>
              </thead>
              <tbody>
                {criteria.map((criterion, index) => (
                  <tr key={index}>
                    <Td>{index + 1}</Td>
                    <Th scope="row">
                      {criterion.name} {criterion.onlySupport && t("pdf.onlySupport")}
                    </Th>
                    <Td>{criterion.maxPoints}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <p className="mt-2">{t("pdf.selectionDue", { day: day(competition.selectionDueOn) })}</p>
        </>,
      )}
      {section(
        "point-7",
        t("pdf.point7"),
        competition.tasks.every((task) => task.history.length === 0) ? (
          <p className="mt-2">{t("pdf.noHistory")}</p>
        ) : (
          <Table caption={t("pdf.point7")}>
            <thead>
              <tr>
                <Th>{t("pdf.taskColumn")}</Th>
                <Th>{t("pdf.year")}</Th>
                <Th>{t("pdf.kindColumn")}</Th>
                <Th>{t("pdf.costs")}</Th>
                <Th>{t("pdf.grants")}</Th>
              </tr>
            </thead>
            <tbody>
              {competition.tasks.flatMap((task) =>
                task.history.map((row) => (
                  <tr key={row.id}>
                    <Td>{task.number}</Td>
                    <Td>{row.year}</Td>
                    <Th scope="row">{row.label}</Th>
                    <Td>{pln(row.costs)}</Td>
                    <Td>{pln(row.grants)}</Td>
                  </tr>
                )),
              )}
            </tbody>
          </Table>
        ),
      )}
      {section(
        "required-attachments",
        t("pdf.attachments"),
        competition.attachmentRequirements.length === 0 ? (
          <p className="mt-2">{t("noRequirements")}</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {competition.attachmentRequirements.map((requirement) => (
              <li key={requirement.id}>
                {requirement.label} ({t(`conditions.${requirement.condition}`)})
              </li>
            ))}
          </ul>
        ),
      )}
      {competition.documents.length > 0 &&
        section(
          "documents-list",
          t("pdf.documents"),
          <ul className="mt-2 list-disc pl-6">
            {competition.documents.map((document) => (
              <li key={document.id}>
                <a href={`/api/competitions/${competition.id}/documents/${document.id}`} className="underline">
                  {document.title}
                </a>
              </li>
            ))}
          </ul>,
        )}
      {section(
        "contact",
        t("pdf.contact"),
        <p className="mt-2">
          {[competition.contactName, competition.contactEmail, competition.contactPhone].filter(Boolean).join(", ")}
        </p>,
      )}
      {competition.publications.length > 0 &&
        section(
          "publications-list",
          t("pdf.publications"),
          <ul className="mt-2 list-disc pl-6">
            {competition.publications.map((publication) => (
              <li key={publication.id}>
                {t(`channels.${publication.channel}`)}: {day(publication.publishedOn)}
                {publication.url && (
                  <>
                    {" "}
                    (
                    <a href={publication.url} className="underline">
                      {publication.url}
                    </a>
                    )
                  </>
                )}
              </li>
            ))}
          </ul>,
        )}
    </article>
  );
}
