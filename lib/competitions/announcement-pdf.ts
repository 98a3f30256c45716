// The announcement of an open competition as PDF, for BIP and the notice
// board: the points of art. 13 ust. 2 UDPP in the statute's order (kind of
// task; public funds; rules of awarding; dates and conditions; deadline;
// procedure, criteria and date of choice; tasks of the same kind this and last
// year), then what offers must carry, the documents, the contact and where it
// was published. Always Polish (the statutory language of the act), made from
// the record on request: nothing to store or go stale.
import "server-only";
import { createTranslator } from "next-intl";
import { dateTimeFormatter, longDateTime } from "@/lib/i18n/date-time";
import { messagesFor } from "@/lib/i18n/messages";
import { formatPln } from "@/lib/offers/calc/money";
import { createPdf, drawTable } from "@/lib/pdf/document";
import { competitionHistory } from "@/lib/competitions/history";
import type { AnnouncementRecord } from "@/lib/competitions/queries";

const bp = (value: number) => `${(value / 100).toLocaleString("pl-PL", { maximumFractionDigits: 2 })}%`;
const pln = (value: bigint | null) => (value === null ? "–" : formatPln(Number(value), "pl"));

type Criterion = { name: string; maxPoints: number; onlySupport: boolean };

export async function renderAnnouncementPdf(competition: AnnouncementRecord, citation: string): Promise<Uint8Array> {
  const t = createTranslator({ locale: "pl", messages: messagesFor("pl"), namespace: "competitionsAdmin" });
  const formatter = dateTimeFormatter("pl");
  const when = (date: Date) => `${longDateTime(formatter, date)} ${t("pdf.polishTime")}`;
  const day = (date: Date | null) => (date ? formatter.dateTime(date, { dateStyle: "long", timeZone: "UTC" }) : "–");
  const { doc, finish } = createPdf({ title: competition.title, subject: t("pdf.subject") });
  const heading = (text: string) => doc.moveDown(0.8).font("bold").fontSize(12).text(text).moveDown(0.3);
  const body = (text: string) =>
    doc
      .font("regular")
      .fontSize(10)
      .text(text || "–");

  doc
    .font("regular")
    .fontSize(10)
    .text(competition.institution.officeName ?? competition.institution.name);
  if (competition.reference) doc.text(t("pdf.reference", { reference: competition.reference }));
  doc.moveDown().font("bold").fontSize(15).text(t("pdf.title"), { align: "center" });
  doc.fontSize(13).text(competition.title, { align: "center" }).moveDown(0.5);
  body(t("pdf.legalBasis", { citation }));
  if (competition.draftBudgetBasis) body(t("pdf.draftBudget"));
  if (competition.summary) body(competition.summary);

  heading(t("pdf.point1"));
  for (const task of competition.tasks) {
    doc
      .font("bold")
      .fontSize(10)
      .text(`${t("pdf.task", { number: task.number })} ${task.kindName}`);
    body(`${t(`forms.${task.form}`)}; ${t("pdf.sphere", { code: task.sphere.code, name: task.sphere.namePl })}`);
    if (task.description) body(task.description);
  }

  heading(t("pdf.point2"));
  drawTable(
    doc,
    [60, 300, 160],
    [t("pdf.taskColumn"), t("pdf.kindColumn"), t("pdf.poolColumn")],
    competition.tasks.map((task) => [task.number, task.kindName, pln(task.pool)]),
  );
  body(t("pdf.totalPool", { total: pln(competition.totalPool) }));

  heading(t("pdf.point3"));
  body(competition.awardRules);
  const limits = [
    competition.minGrant !== null && t("pdf.minGrant", { amount: pln(competition.minGrant) }),
    competition.maxGrant !== null && t("pdf.maxGrant", { amount: pln(competition.maxGrant) }),
    competition.minOwnContributionBp !== null &&
      t("pdf.minOwn", { share: bp(competition.minOwnContributionBp), counts: String(competition.nonFinancialCounts) }),
    competition.minOwnFinancialBp !== null && t("pdf.minOwnFinancial", { share: bp(competition.minOwnFinancialBp) }),
    competition.maxAdminCostBp !== null &&
      t("pdf.maxAdmin", { share: bp(competition.maxAdminCostBp), base: competition.adminCapBase }),
    t("pdf.joint", { allowed: String(competition.jointOffersAllowed) }),
    competition.resultsTableWaived && t("pdf.resultsWaived"),
  ].filter((line): line is string => Boolean(line));
  for (const line of limits) body(`• ${line}`);

  heading(t("pdf.point4"));
  body(t("pdf.window", { from: day(competition.implementationStartsOn), to: day(competition.implementationEndsOn) }));
  body(t("pdf.years", { years: competition.allowedYears.join(", ") }));
  body(competition.implementationTerms);

  heading(t("pdf.point5"));
  body(t("pdf.opens", { when: when(competition.offersOpenAt) }));
  body(t("pdf.deadline", { when: when(competition.offersDeadline) }));
  for (const change of await competitionHistory(competition.id))
    body(
      t("pdf.extension", {
        from: when(change.previousDeadline),
        to: when(change.newDeadline),
        reason: change.reason,
        act: change.actReference ?? "–",
      }),
    );
  if (competition.confirmationRequired && competition.confirmationDueAt)
    body(t("pdf.confirmation", { when: when(competition.confirmationDueAt) }));

  heading(t("pdf.point6"));
  body(competition.selectionProcedure);
  const criteria = (competition.selectionCriteria as Criterion[]) ?? [];
  if (criteria.length > 0)
    drawTable(
      doc,
      [30, 380, 110],
      [t("pdf.lp"), t("pdf.criterion"), t("pdf.maxPoints")],
      criteria.map((c, i) => [
        String(i + 1),
        c.onlySupport ? `${c.name} ${t("pdf.onlySupport")}` : c.name,
        String(c.maxPoints),
      ]),
    );
  body(t("pdf.selectionDue", { day: day(competition.selectionDueOn) }));

  heading(t("pdf.point7"));
  const rows = competition.tasks.flatMap((task) =>
    task.history.map((row) => [task.number, String(row.year), row.label, pln(row.costs), pln(row.grants)]),
  );
  if (rows.length === 0) body(t("pdf.noHistory"));
  else
    drawTable(
      doc,
      [40, 45, 215, 110, 110],
      [t("pdf.taskColumn"), t("pdf.year"), t("pdf.kindColumn"), t("pdf.costs"), t("pdf.grants")],
      rows,
    );

  heading(t("pdf.attachments"));
  if (competition.attachmentRequirements.length === 0) body("–");
  for (const requirement of competition.attachmentRequirements)
    body(`• ${requirement.label} (${t(`conditions.${requirement.condition}`)})`);

  if (competition.documents.length > 0) {
    heading(t("pdf.documents"));
    for (const document of competition.documents) body(`• ${document.title}`);
  }

  heading(t("pdf.contact"));
  body([competition.contactName, competition.contactEmail, competition.contactPhone].filter(Boolean).join(", "));

  if (competition.publications.length > 0) {
    heading(t("pdf.publications"));
    for (const publication of competition.publications)
      body(
        `• ${t(`channels.${publication.channel}`)}: ${day(publication.publishedOn)}${publication.url ? ` (${publication.url})` : ""}`,
      );
  }
  return finish();
}
