// Documents published with a consultation. Files go through lib/files
// (checked by content, kept in the file store); everyone downloads them once
// the consultation is announced. People remark on what these documents say,
// so once published they are frozen:
// - in a draft, officials add and remove them freely;
// - announced or open, nothing is removed or replaced, but a document may be
//   added (an erratum, the council's opinion), and the consultation's
//   timeline shows it with its date;
// - after the end, nothing changes.
// Every change is in the audit log, with the file's checksum. Listing and
// downloading them are reads, in queries.ts.
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DOCUMENT_KINDS } from "@/lib/files/kinds";
import { deleteStoredFile, storeUpload } from "@/lib/files/stored-files";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { phaseAt } from "@/lib/consultations/lifecycle";
import { z } from "zod";

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const attachmentTitleSchema = z.string().trim().min(2, "documentTitleTooShort").max(200, "documentTitleTooLong");

export type AttachmentRefusal = "ATTACHMENTS_FROZEN" | "CONSULTATION_CLOSED";
export class AttachmentRuleError extends RuleRefusal<AttachmentRefusal> {}

type Actor = { userId: string; ip: string | null };

/** The consultation's stage decides what may change (read in `tx`, so the check and the change are one). */
async function stage(tx: Prisma.TransactionClient, consultationId: string, now: Date) {
  const consultation = await tx.consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: { status: true, startsAt: true, endsAt: true, institutionId: true },
  });
  return { phase: phaseAt(consultation, now), institutionId: consultation.institutionId };
}

function assertAddable(phase: ReturnType<typeof phaseAt>): void {
  if (phase === "closed" || phase === "reportPublished") throw new AttachmentRuleError("CONSULTATION_CLOSED");
}

export async function addAttachment(
  consultationId: string,
  title: string,
  upload: { bytes: Uint8Array; name: string },
  actor: Actor,
  now = new Date(),
): Promise<{ id: string }> {
  // Checked before the bytes are stored, and again with the record.
  assertAddable((await stage(db(), consultationId, now)).phase);
  return storeUpload(
    { ...upload, uploadedById: actor.userId },
    { accepted: DOCUMENT_KINDS, maxBytes: MAX_ATTACHMENT_BYTES },
    async (tx, file) => {
      const { phase, institutionId } = await stage(tx, consultationId, now);
      assertAddable(phase);
      const attachment = await tx.consultationAttachment.create({
        data: { consultationId, fileId: file.id, title },
        select: { id: true },
      });
      await recordAuditEvent(
        {
          action: "consultation.attachment_added",
          actorUserId: actor.userId,
          actingForInstitutionId: institutionId,
          subjectType: "Consultation",
          subjectId: consultationId,
          ipAddress: actor.ip,
          details: {
            attachmentId: attachment.id,
            title,
            fileName: file.originalName,
            size: file.size,
            sha256: file.sha256,
            phase,
          },
        },
        tx,
      );
      return attachment;
    },
  );
}

/** False when the consultation has no such attachment (ids from the client are scoped to it); refused once published. */
export async function removeAttachment(
  consultationId: string,
  attachmentId: string,
  actor: Actor,
  now = new Date(),
): Promise<boolean> {
  const deleteBytes = await db().$transaction(async (tx) => {
    const { phase, institutionId } = await stage(tx, consultationId, now);
    const attachment = await tx.consultationAttachment.findFirst({
      where: { id: attachmentId, consultationId },
      select: {
        id: true,
        title: true,
        fileId: true,
        file: { select: { originalName: true, size: true, sha256: true } },
      },
    });
    if (!attachment) return null;
    if (phase === "closed" || phase === "reportPublished") throw new AttachmentRuleError("CONSULTATION_CLOSED");
    if (phase !== "draft") throw new AttachmentRuleError("ATTACHMENTS_FROZEN");
    await tx.consultationAttachment.delete({ where: { id: attachment.id } });
    await recordAuditEvent(
      {
        action: "consultation.attachment_removed",
        actorUserId: actor.userId,
        actingForInstitutionId: institutionId,
        subjectType: "Consultation",
        subjectId: consultationId,
        ipAddress: actor.ip,
        details: {
          attachmentId: attachment.id,
          title: attachment.title,
          fileName: attachment.file.originalName,
          size: attachment.file.size,
          sha256: attachment.file.sha256,
          phase,
        },
      },
      tx,
    );
    return deleteStoredFile(tx, attachment.fileId);
  });
  if (!deleteBytes) return false;
  await deleteBytes();
  return true;
}
