// The `results-notice` job: a published ResultsNotice's PDF and DOCX rendered
// once and kept through lib/files, so the BIP document the office downloads
// (and the platform serves) is the same file every time. Runs in the worker:
// no "server-only" imports. A download before the job has run renders the
// files itself and stores them the same way (notice-download.ts).
import { db } from "@/lib/db/client";
import { storeUpload } from "@/lib/files/stored-files";
import { noticeDocument } from "@/lib/competitions/decision/notice-data";
import { renderNoticeDocx } from "@/lib/competitions/decision/notice-docx";
import { renderNoticePdf } from "@/lib/competitions/decision/notice-pdf";

const MAX_NOTICE_BYTES = 20 * 1024 * 1024;

/** Renders and stores the notice's two files unless stored already; returns their ids (null: no such notice). */
export async function generateNoticeFiles(noticeId: string): Promise<{ pdfFileId: string; docxFileId: string } | null> {
  const stored = await db().resultsNotice.findUnique({
    where: { id: noticeId },
    select: { pdfFileId: true, docxFileId: true },
  });
  if (!stored) return null;
  if (stored.pdfFileId && stored.docxFileId) return { pdfFileId: stored.pdfFileId, docxFileId: stored.docxFileId };
  const notice = await noticeDocument(noticeId);
  if (!notice) return null;
  const [pdf, docx] = await Promise.all([renderNoticePdf(notice), renderNoticeDocx(notice)]);
  const store = (bytes: Uint8Array, kind: "pdf" | "docx") =>
    storeUpload(
      { bytes, name: `${notice.fileName}.${kind}`, uploadedById: null },
      { accepted: [kind], maxBytes: MAX_NOTICE_BYTES },
      async (tx, file) => {
        // Two renders racing (the job and a download): the first stored file wins, the other is dropped with its row.
        const { count } = await tx.resultsNotice.updateMany({
          where: { id: noticeId, [kind === "pdf" ? "pdfFileId" : "docxFileId"]: null },
          data: { [kind === "pdf" ? "pdfFileId" : "docxFileId"]: file.id },
        });
        if (count === 0) await tx.storedFile.delete({ where: { id: file.id } });
        return file.id;
      },
    );
  await Promise.all([stored.pdfFileId ? null : store(pdf, "pdf"), stored.docxFileId ? null : store(docx, "docx")]);
  const done = await db().resultsNotice.findUniqueOrThrow({
    where: { id: noticeId },
    select: { pdfFileId: true, docxFileId: true },
  });
  return { pdfFileId: done.pdfFileId!, docxFileId: done.docxFileId! };
}
