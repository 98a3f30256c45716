// Documents published with a consultation. Files go through lib/files
// (checked by content, kept in the file store). Officials add and remove them
// until the report is published; everyone downloads them once the
// consultation is announced.
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { DOCUMENT_KINDS } from "@/lib/files/kinds";
import { deleteStoredFile, storeUpload } from "@/lib/files/stored-files";
import { z } from "zod";

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const attachmentTitleSchema = z.string().trim().min(2, "documentTitleTooShort").max(200, "documentTitleTooLong");

async function assertChangeable(consultationId: string): Promise<void> {
  const consultation = await db().consultation.findUniqueOrThrow({ where: { id: consultationId }, select: { status: true } });
  if (consultation.status === "REPORT_PUBLISHED") throw new AppError("CONFLICT", "the consultation's record is closed");
}

export async function addAttachment(consultationId: string, title: string, upload: { bytes: Uint8Array; name: string }, actorUserId: string): Promise<{ id: string }> {
  await assertChangeable(consultationId);
  return storeUpload({ ...upload, uploadedById: actorUserId }, { accepted: DOCUMENT_KINDS, maxBytes: MAX_ATTACHMENT_BYTES }, (tx, file) =>
    tx.consultationAttachment.create({ data: { consultationId, fileId: file.id, title }, select: { id: true } }),
  );
}

/** False when the consultation has no such attachment (ids from the client are scoped to it). */
export async function removeAttachment(consultationId: string, attachmentId: string): Promise<boolean> {
  await assertChangeable(consultationId);
  const deleteBytes = await db().$transaction(async (tx) => {
    const attachment = await tx.consultationAttachment.findFirst({ where: { id: attachmentId, consultationId }, select: { id: true, fileId: true } });
    if (!attachment) return null;
    await tx.consultationAttachment.delete({ where: { id: attachment.id } });
    return deleteStoredFile(tx, attachment.fileId);
  });
  if (!deleteBytes) return false;
  await deleteBytes();
  return true;
}

export async function listAttachments(consultationId: string) {
  return db().consultationAttachment.findMany({
    where: { consultationId },
    select: { id: true, title: true, createdAt: true, file: { select: { kind: true, size: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}
export type AttachmentView = Awaited<ReturnType<typeof listAttachments>>[number];

export async function attachmentFileId(consultationId: string, attachmentId: string): Promise<string | null> {
  return (await db().consultationAttachment.findFirst({ where: { id: attachmentId, consultationId }, select: { fileId: true } }))?.fileId ?? null;
}
