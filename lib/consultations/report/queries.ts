// Reading the consultation report: its state and file sizes for the pages,
// its files for download.
import { db } from "@/lib/db/client";

/** The report's files for download: published ones for everybody, otherwise null (the route lets officials preview). */
export async function reportFileId(
  consultationId: string,
  format: "pdf" | "docx",
  includeUnpublished: boolean,
): Promise<string | null> {
  const report = await db().consultationReport.findUnique({
    where: { consultationId },
    select: { publishedAt: true, pdfFileId: true, docxFileId: true },
  });
  if (!report || (!report.publishedAt && !includeUnpublished)) return null;
  return format === "pdf" ? report.pdfFileId : report.docxFileId;
}

export async function getReport(consultationId: string) {
  return db().consultationReport.findUnique({
    where: { consultationId },
    select: {
      state: true,
      figures: true,
      generatedAt: true,
      publishedAt: true,
      pdfFile: { select: { size: true } },
      docxFile: { select: { size: true } },
    },
  });
}
