// Accepting, reading and removing uploaded files. Every module that takes
// files (organisation documents, consultation attachments, the library) goes
// through `storeUpload`, so the checks are the same everywhere: size first,
// then the kind from the content, then the bytes in the store and the record
// in the database.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { cleanFileName, FILE_KINDS, sniffFileKind, type FileKind } from "@/lib/files/kinds";
import { fileStore } from "@/lib/files/store";
import { ArchiveBoundsError } from "@/lib/files/zip-bounds";

export type UploadFailure = "TOO_LARGE" | "UNSUPPORTED_TYPE" | "MISSING" | "ARCHIVE_TOO_LARGE";

export class UploadError extends Error {
  constructor(readonly failure: UploadFailure) {
    super(failure);
    this.name = "UploadError";
  }
}

export type StoredFileSummary = {
  id: string;
  kind: FileKind;
  contentType: string;
  originalName: string;
  size: number;
  sha256: string;
};

function newStorageKey(): string {
  const name = randomBytes(20).toString("hex");
  return `${name.slice(0, 2)}/${name}`;
}

/**
 * Checks and keeps an upload: refuses it (UploadError) when it is empty, over
 * `maxBytes` or not one of `accepted` by content. The bytes are stored first;
 * the record is created by `link` inside one transaction with whatever refers
 * to the file, and if that fails the bytes are removed again.
 */
export async function storeUpload<T>(
  upload: { bytes: Uint8Array; name: string; uploadedById: string | null },
  rules: { accepted: readonly FileKind[]; maxBytes: number },
  link: (tx: Prisma.TransactionClient, file: StoredFileSummary) => Promise<T>,
): Promise<T> {
  if (upload.bytes.length === 0) throw new UploadError("MISSING");
  if (upload.bytes.length > rules.maxBytes) throw new UploadError("TOO_LARGE");
  const kind = await sniffFileKind(upload.bytes).catch((error: unknown) => {
    throw error instanceof ArchiveBoundsError ? new UploadError("ARCHIVE_TOO_LARGE") : error;
  });
  if (!kind || !rules.accepted.includes(kind)) throw new UploadError("UNSUPPORTED_TYPE");
  const storageKey = newStorageKey();
  const contentType = FILE_KINDS[kind].contentType;
  await fileStore().put(storageKey, upload.bytes, contentType);
  try {
    return await db().$transaction(async (tx) => {
      const file = await tx.storedFile.create({
        data: {
          storageKey,
          kind,
          contentType,
          originalName: cleanFileName(upload.name, kind),
          size: upload.bytes.length,
          sha256: createHash("sha256").update(upload.bytes).digest("hex"),
          uploadedById: upload.uploadedById,
        },
        select: { id: true, kind: true, contentType: true, originalName: true, size: true, sha256: true },
      });
      return link(tx, { ...file, kind });
    });
  } catch (error) {
    await fileStore()
      .delete(storageKey)
      .catch(() => undefined);
    throw error;
  }
}

/** Deletes the record (in `tx`) and, once committed, the bytes. */
export async function deleteStoredFile(tx: Prisma.TransactionClient, fileId: string): Promise<() => Promise<void>> {
  const file = await tx.storedFile.delete({ where: { id: fileId }, select: { storageKey: true } });
  return () => fileStore().delete(file.storageKey);
}

/**
 * Every table whose rows hold a stored file. The sweep below keeps a file any
 * of them refers to; a test compares this list with the database's foreign
 * keys, so a new kind of file cannot be swept away by being forgotten here.
 */
export const FILE_HOLDER_TABLES = [
  "OrganisationDocument",
  "ConsultationReport",
  "ConsultationAttachment",
  "Nomination",
  "ForumPostImage",
  "NewsImage",
  "NewsAttachment",
  "LibraryDocumentVersion",
  "IdeaImage",
  "IdeaAttachment",
  "CompetitionDocument",
  "OfferVersion",
  "OfferAttachment",
  "OfferConfirmation",
  "Commission",
  "ResultsNotice",
] as const;

/**
 * StoredFile's side of each of those references (one per foreign key), which
 * the sweep asks to be empty; the same test counts them against the keys.
 */
export const FILE_HOLDER_RELATIONS = [
  "organisationDocument",
  "reportPdf",
  "reportDocx",
  "consultationAttachment",
  "nominationPhoto",
  "forumImage",
  "newsImage",
  "newsAttachment",
  "libraryVersion",
  "ideaImage",
  "ideaAttachment",
  "competitionDocument",
  "offerVersionPdf",
  "offerConfirmationPdf",
  "offerAttachment",
  "offerConfirmation",
  "commissionProtocolPdf",
  "commissionProtocolDocx",
  "resultsNoticePdf",
  "resultsNoticeDocx",
] as const satisfies readonly (keyof Prisma.StoredFileWhereInput)[];

/** Removes files no record refers to any more (left by deleted organisations), a day after upload. */
export async function sweepOrphanFiles(now = new Date()): Promise<number> {
  const dayAgo = new Date(now.getTime() - 24 * 3600 * 1000);
  // Pictures uploaded for a forum post or an idea that was never sent let go of their files first.
  await db().forumPostImage.deleteMany({ where: { postId: null, createdAt: { lt: dayAgo } } });
  await db().ideaImage.deleteMany({ where: { ideaId: null, createdAt: { lt: dayAgo } } });
  const orphans = await db().storedFile.findMany({
    where: {
      ...Object.fromEntries(FILE_HOLDER_RELATIONS.map((relation) => [relation, null])),
      createdAt: { lt: dayAgo },
    },
    select: { id: true, storageKey: true },
    take: 500,
  });
  for (const orphan of orphans) {
    await db().storedFile.delete({ where: { id: orphan.id } });
    await fileStore().delete(orphan.storageKey);
  }
  return orphans.length;
}

/** An attachment saved as `name`: an ASCII fallback for old clients, the real name in RFC 5987 form. */
export function contentDisposition(name: string): string {
  const fallback =
    name
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "_") || "file";
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The download of a stored file: always as an attachment with the content
 * type of the kind the platform detected, never sniffed or run by the browser.
 * It is saved under the name it was uploaded with, unless `downloadAs` names
 * it from what it is (lib/files/download-name.ts), given that name.
 */
export async function fileResponse(
  request: Request,
  fileId: string,
  cacheControl: string,
  downloadAs?: (originalName: string) => string,
): Promise<Response> {
  const file = await db().storedFile.findUnique({ where: { id: fileId } });
  if (!file) return new Response(null, { status: 404 });
  const headers = {
    "Content-Type": file.contentType,
    "Content-Disposition": contentDisposition(downloadAs ? downloadAs(file.originalName) : file.originalName),
    "Content-Length": String(file.size),
    ETag: `"${file.sha256}"`,
    "Cache-Control": cacheControl,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
  if (request.headers.get("if-none-match") === `"${file.sha256}"`) return new Response(null, { status: 304, headers });
  const bytes = await fileStore().get(file.storageKey);
  if (!bytes) return new Response(null, { status: 404 });
  return new Response(bytes as BodyInit, { headers });
}
