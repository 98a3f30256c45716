// Library documents for tests that need one in a given state (public with a
// version, proposed, rejected) rather than the way it gets there: stored
// directly, no moderation, no file content checks. Tests of writing and
// moderating go through the library's actions and upload handlers.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A document in the care of the organisation or institution named in `by`,
 * without versions (add them with createLibraryVersion). Accepted unless
 * `review` says otherwise.
 */
export function createLibraryDocument(
  by: { organisationId: string } | { institutionId: string },
  overrides: Partial<Prisma.LibraryDocumentUncheckedCreateInput> = {},
) {
  return db().libraryDocument.create({
    data: {
      slug: `dokument-${randomUUID().slice(0, 8)}`,
      title: "Dokument testowy",
      description: "Opis.",
      kind: "COOPERATION_PROGRAMME",
      ...by,
      ...overrides,
    },
  });
}

/**
 * The document's next version, made current: a stored file record (a PDF of
 * ten bytes; no bytes are stored, so downloading it finds nothing).
 */
export async function createLibraryVersion(
  documentId: string,
  overrides: Partial<Omit<Prisma.LibraryDocumentVersionUncheckedCreateInput, "documentId" | "fileId">> = {},
) {
  const file = await db().storedFile.create({
    data: {
      storageKey: randomUUID(),
      kind: "pdf",
      contentType: "application/pdf",
      originalName: "dokument.pdf",
      size: 10,
      sha256: "0".repeat(64),
    },
  });
  const number = overrides.number ?? (await db().libraryDocumentVersion.count({ where: { documentId } })) + 1;
  const version = await db().libraryDocumentVersion.create({
    data: { documentId, number, fileId: file.id, issuedOn: new Date(), ...overrides },
  });
  await db().libraryDocument.update({ where: { id: documentId }, data: { currentVersionId: version.id } });
  return version;
}
