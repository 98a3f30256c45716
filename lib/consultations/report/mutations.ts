// The consultation report's life: officials ask for it once the consultation
// has closed, a job renders it (PDF and DOCX) from the record, and they
// publish it when every remark has its decision. Publishing freezes remarks
// and answers; the report is then public on the consultation's page. Its
// state and files are read in queries.ts, its content gathered in data.ts.
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storeUpload } from "@/lib/files/stored-files";
import { fileStore } from "@/lib/files/store";
import { enqueue } from "@/lib/jobs/enqueue";
import { log } from "@/lib/log";
import { phaseAt } from "@/lib/consultations/lifecycle";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { loadReportData } from "@/lib/consultations/report/data";
import { renderReportDocx } from "@/lib/consultations/report/docx";
import { renderReportPdf } from "@/lib/consultations/report/pdf";
import { slugify } from "@/lib/text/slug";
import { fileConsultationReport, fileReportCorrection, queueTextExtraction } from "@/lib/library/mutations";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { consultationSubject, followersAndParticipants } from "@/lib/consultations/audience";

export type ReportRefusal = "NOT_CLOSED" | "NOT_READY" | "UNANSWERED" | "STALE";

export class ReportRuleError extends RuleRefusal<ReportRefusal> {}

const MAX_REPORT_BYTES = 200 * 1024 * 1024;

export async function requestReport(
  consultationId: string,
  actor: { userId: string; ip: string | null },
  now = new Date(),
): Promise<void> {
  const consultation = await db().consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: { status: true, startsAt: true, endsAt: true },
  });
  if (phaseAt(consultation, now) !== "closed") throw new ReportRuleError("NOT_CLOSED");
  await db().consultationReport.upsert({
    where: { consultationId },
    create: { consultationId, state: "GENERATING", requestedAt: now },
    update: { state: "GENERATING", requestedAt: now },
  });
  await enqueue("consultation-report", { consultationId });
  log.info("consultation report requested", { consultationId, by: actor.userId });
}

/** The job: renders both files from the record and keeps them, replacing earlier ones. */
export async function generateReport(consultationId: string, now = new Date()): Promise<void> {
  try {
    const data = await loadReportData(consultationId, "pl", now);
    const [pdf, docx] = await Promise.all([renderReportPdf(data), renderReportDocx(data)]);
    const consultation = await db().consultation.findUniqueOrThrow({
      where: { id: consultationId },
      select: { slug: true },
    });
    const name = `sprawozdanie-${slugify(consultation.slug, 60)}`;
    const previous = await db().consultationReport.findUnique({
      where: { consultationId },
      select: {
        pdfFile: { select: { id: true, storageKey: true } },
        docxFile: { select: { id: true, storageKey: true } },
      },
    });
    const pdfFile = await storeUpload(
      { bytes: pdf, name: `${name}.pdf`, uploadedById: null },
      { accepted: ["pdf"], maxBytes: MAX_REPORT_BYTES },
      async (_tx, file) => file,
    );
    const docxFile = await storeUpload(
      { bytes: docx, name: `${name}.docx`, uploadedById: null },
      { accepted: ["docx"], maxBytes: MAX_REPORT_BYTES },
      async (tx, file) => {
        await tx.consultationReport.update({
          where: { consultationId },
          data: {
            state: "READY",
            generatedAt: now,
            pdfFileId: pdfFile.id,
            docxFileId: file.id,
            figures: data.figures as unknown as Prisma.InputJsonValue,
          },
        });
        return file;
      },
    );
    // A published report made again (after a correction) is the library copy's next version.
    const libraryVersionId = await fileReportCorrection(consultationId, pdfFile.id, now);
    if (libraryVersionId) await queueTextExtraction(libraryVersionId);
    // The earlier files are removed with their bytes, unless the library keeps them as an earlier version.
    for (const old of [previous?.pdfFile, previous?.docxFile]) {
      if (
        old &&
        old.id !== pdfFile.id &&
        old.id !== docxFile.id &&
        (await db().libraryDocumentVersion.count({ where: { fileId: old.id } })) === 0
      ) {
        await db().storedFile.delete({ where: { id: old.id } });
        await fileStore().delete(old.storageKey);
      }
    }
  } catch (error) {
    await db().consultationReport.updateMany({ where: { consultationId }, data: { state: "FAILED" } });
    throw error;
  }
}

/** Publishes the report: needs a closed consultation, every remark answered and a report made after the last answer. */
export async function publishReport(
  consultationId: string,
  actor: { userId: string; ip: string | null },
  now = new Date(),
): Promise<void> {
  const libraryVersionId = await db().$transaction(async (tx) => {
    const consultation = await tx.consultation.findUniqueOrThrow({
      where: { id: consultationId },
      include: { report: true },
    });
    if (phaseAt(consultation, now) !== "closed") throw new ReportRuleError("NOT_CLOSED");
    if (!consultation.report || consultation.report.state !== "READY" || !consultation.report.generatedAt)
      throw new ReportRuleError("NOT_READY");
    if (await tx.remark.count({ where: { consultationId, state: "SUBMITTED", decision: null } }))
      throw new ReportRuleError("UNANSWERED");
    const lastAnswer = await tx.remark.aggregate({ where: { consultationId }, _max: { answeredAt: true } });
    if (lastAnswer._max.answeredAt && lastAnswer._max.answeredAt > consultation.report.generatedAt)
      throw new ReportRuleError("STALE");
    await tx.consultationReport.update({
      where: { consultationId },
      data: { publishedAt: now, publishedById: actor.userId },
    });
    await tx.consultation.update({ where: { id: consultationId }, data: { status: "REPORT_PUBLISHED" } });
    await recordAuditEvent(
      {
        action: "consultation.report_published",
        actorUserId: actor.userId,
        actingForInstitutionId: consultation.institutionId,
        subjectType: "Consultation",
        subjectId: consultationId,
        ipAddress: actor.ip,
      },
      tx,
    );
    await notify(
      {
        type: "consultation.report_published",
        subject: consultationSubject(consultation),
        actor: { userId: actor.userId, institutionId: consultation.institutionId },
        audience: await followersAndParticipants(tx, consultationId),
      },
      tx,
    );
    // The published report joins the library of jointly developed documents, with a link back.
    return fileConsultationReport(tx, consultationId, actor.userId, now);
  });
  if (libraryVersionId) await queueTextExtraction(libraryVersionId);
  await dispatchNotifications();
}
