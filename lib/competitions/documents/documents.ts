// Documents published with a competition (regulations, templates, the
// announcing act, a change act). Files go through lib/files (checked by
// content, PDF or office documents, kept in the file store). In a draft they
// are added and removed freely; once published a document may still be added
// (a change act with an extension) but nothing is removed: applicants may
// have relied on it. Every change is in the audit log with the file's checksum.
import { db } from "@/lib/db/client";
import type { CompetitionDocumentKind } from "@/lib/generated/prisma/enums";
import { DOCUMENT_KINDS } from "@/lib/files/kinds";
import { deleteStoredFile, storeUpload } from "@/lib/files/stored-files";
import { audit, lockCompetition, type Actor } from "@/lib/competitions/mutations";
import { assertDraft, assertOngoing } from "@/lib/competitions/policy";

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export async function addDocument(
  competitionId: string,
  fields: { title: string; kind: CompetitionDocumentKind },
  upload: { bytes: Uint8Array; name: string },
  actor: Actor,
): Promise<{ id: string }> {
  // Checked before the bytes are stored, and again with the record.
  const before = await db().competition.findUniqueOrThrow({ where: { id: competitionId }, select: { status: true } });
  assertOngoing(before.status);
  return storeUpload(
    { ...upload, uploadedById: actor.userId },
    { accepted: DOCUMENT_KINDS, maxBytes: MAX_DOCUMENT_BYTES },
    async (tx, file) => {
      const current = await lockCompetition(tx, competitionId);
      assertOngoing(current.status);
      const position = await tx.competitionDocument.count({ where: { competitionId } });
      const document = await tx.competitionDocument.create({
        data: { competitionId, fileId: file.id, title: fields.title, kind: fields.kind, position },
        select: { id: true },
      });
      await audit(tx, "competition.document_added", current, actor, {
        documentId: document.id,
        title: fields.title,
        fileName: file.originalName,
        size: file.size,
        sha256: file.sha256,
      });
      return document;
    },
  );
}

/** False when the competition has no such document; refused once published. */
export async function removeDocument(competitionId: string, documentId: string, actor: Actor): Promise<boolean> {
  const deleteBytes = await db().$transaction(async (tx) => {
    const current = await lockCompetition(tx, competitionId);
    const document = await tx.competitionDocument.findFirst({
      where: { id: documentId, competitionId },
      select: { id: true, title: true, fileId: true, file: { select: { sha256: true } } },
    });
    if (!document) return null;
    assertDraft(current.status);
    await tx.competitionDocument.delete({ where: { id: document.id } });
    await audit(tx, "competition.document_removed", current, actor, {
      documentId: document.id,
      title: document.title,
      sha256: document.file.sha256,
    });
    return deleteStoredFile(tx, document.fileId);
  });
  if (!deleteBytes) return false;
  await deleteBytes();
  return true;
}
