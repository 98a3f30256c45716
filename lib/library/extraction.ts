// Reading the text of library versions for the search (the `library-text`
// job). A file that cannot be read (a scanned PDF, a damaged file) is marked
// as read with no text, so it is not tried forever; the document stays
// findable by its title and description.
import { db } from "@/lib/db/client";
import type { FileKind } from "@/lib/files/kinds";
import { fileStore } from "@/lib/files/store";
import { extractDocumentText } from "@/lib/library/text";
import { log } from "@/lib/log";

export async function extractVersionText(versionId: string, now = new Date()): Promise<boolean> {
  const version = await db().libraryDocumentVersion.findUnique({
    where: { id: versionId },
    select: { textExtractedAt: true, file: { select: { storageKey: true, kind: true } } },
  });
  if (!version || version.textExtractedAt) return false;
  const bytes = await fileStore().get(version.file.storageKey);
  let text: string | null = null;
  if (bytes) {
    try {
      text = await extractDocumentText(bytes, version.file.kind as FileKind);
    } catch (error) {
      log.warn("library: text not readable", { versionId, error });
    }
  }
  await db().libraryDocumentVersion.update({ where: { id: versionId }, data: { text, textExtractedAt: now } });
  return text !== null;
}

/** Versions whose text was never read (the job was lost): read now, a few at a time (nightly sweep). */
export async function extractPendingTexts(limit = 50): Promise<number> {
  const pending = await db().libraryDocumentVersion.findMany({
    where: { textExtractedAt: null },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  for (const version of pending) await extractVersionText(version.id);
  return pending.length;
}
