// Documents an organisation publishes on its profile (statute, annual
// reports). Files go through lib/files (checked by content, kept in the file
// store); adding and removing one is recorded in the organisation's history.
// Listing and downloading them are reads, in queries.ts.
import "server-only";
import { db } from "@/lib/db/client";
import { DOCUMENT_KINDS } from "@/lib/files/kinds";
import { deleteStoredFile, storeUpload } from "@/lib/files/stored-files";
import type { OrganisationDocumentKind } from "@/lib/generated/prisma/enums";
import { recordChange } from "@/lib/organisations/history/mutations";
import { MAX_ORGANISATION_DOCUMENT_BYTES } from "@/lib/organisations/documents/schemas";

const label = (document: { title: string; year: number | null }) =>
  document.year ? `${document.title} (${document.year})` : document.title;

export async function addOrganisationDocument(
  organisationId: string,
  input: { kind: OrganisationDocumentKind; title: string; year: number | null },
  upload: { bytes: Uint8Array; name: string },
  actorUserId: string,
): Promise<{ id: string }> {
  return storeUpload(
    { ...upload, uploadedById: actorUserId },
    { accepted: DOCUMENT_KINDS, maxBytes: MAX_ORGANISATION_DOCUMENT_BYTES },
    async (tx, file) => {
      const document = await tx.organisationDocument.create({
        data: { organisationId, fileId: file.id, ...input },
        select: { id: true },
      });
      await recordChange(tx, {
        organisationId,
        actorUserId,
        source: "profile",
        before: { documentAdded: null },
        after: { documentAdded: label(input) },
      });
      return document;
    },
  );
}

/** False when the organisation has no such document (ids from the client are scoped to it). */
export async function removeOrganisationDocument(
  organisationId: string,
  documentId: string,
  actorUserId: string,
): Promise<boolean> {
  const deleteBytes = await db().$transaction(async (tx) => {
    const document = await tx.organisationDocument.findFirst({
      where: { id: documentId, organisationId },
      select: { id: true, fileId: true, title: true, year: true },
    });
    if (!document) return null;
    await tx.organisationDocument.delete({ where: { id: document.id } });
    await recordChange(tx, {
      organisationId,
      actorUserId,
      source: "profile",
      before: { documentRemoved: null },
      after: { documentRemoved: label(document) },
    });
    return deleteStoredFile(tx, document.fileId);
  });
  if (!deleteBytes) return false;
  await deleteBytes();
  return true;
}
