// The report as PDF: A4 landscape, DejaVu Sans (embedded, so Polish letters
// render in every reader; PDFKit's built-in Helvetica has no "ą" or "ł"), the
// remarks table repeating its header on every page.
import type { ReportData } from "@/lib/consultations/report/data";
import { createPdf, drawTable } from "@/lib/pdf/document";

// Lp., unit, current, proposed, justification, submitted by, decision, reason.
const COLUMN_WIDTHS = [28, 62, 110, 110, 110, 92, 70, 0];

export async function renderReportPdf(data: ReportData): Promise<Uint8Array> {
  const { doc, finish } = createPdf({
    title: `${data.heading}: ${data.title}`,
    subject: data.heading,
    layout: "landscape",
  });

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font("bold").fontSize(16).text(data.heading, { align: "center" });
  doc.moveDown(0.3).fontSize(13).text(data.title, { align: "center" });
  doc.moveDown();
  for (const fact of data.facts) {
    doc.font("bold").fontSize(10).text(`${fact.label}: `, { continued: true }).font("regular").text(fact.value);
  }
  doc.moveDown();
  for (const line of data.figuresText) doc.font("regular").fontSize(10).text(line);
  doc.moveDown();

  const fixed = COLUMN_WIDTHS.slice(0, -1).reduce((sum, w) => sum + w, 0);
  const widths = [...COLUMN_WIDTHS.slice(0, -1), width - fixed];
  drawTable(
    doc,
    widths,
    data.columns,
    data.rows.map((row) => [
      String(row.number),
      row.unit,
      row.currentWording,
      row.proposedWording,
      row.justification,
      row.submittedBy,
      row.decision,
      row.reason,
    ]),
  );
  if (data.corrections.length > 0) {
    doc.moveDown();
    doc.font("bold").fontSize(10).text(data.correctionsHeading, doc.page.margins.left);
    for (const line of data.corrections) doc.font("regular").fontSize(9).text(line);
  }
  doc.moveDown();
  doc.font("regular").fontSize(8).text(data.footer, doc.page.margins.left);
  return finish();
}
