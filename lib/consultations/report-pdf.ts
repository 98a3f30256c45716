// The report as PDF: A4 landscape, DejaVu Sans (embedded, so Polish letters
// render in every reader; PDFKit's built-in Helvetica has no "ą" or "ł"), the
// remarks table repeating its header on every page.
import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { ReportData } from "@/lib/consultations/report-data";

// Resolved from the project at run time, not by the bundler.
const projectRequire = createRequire(path.join(process.cwd(), "package.json"));
const FONT_REGULAR = projectRequire.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = projectRequire.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

// Lp., unit, current, proposed, justification, submitted by, decision, reason.
const COLUMN_WIDTHS = [28, 62, 110, 110, 110, 92, 70, 0];

export async function renderReportPdf(data: ReportData): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margin: 36, info: { Title: `${data.heading}: ${data.title}`, Subject: data.heading }, lang: "pl", displayTitle: true, tagged: true });
  doc.registerFont("regular", FONT_REGULAR);
  doc.registerFont("bold", FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
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
  doc.fontSize(8);
  doc.table({
    columnStyles: widths,
    rowStyles: (row: number) => (row === 0 ? { font: { src: FONT_BOLD }, backgroundColor: "#e2e8f0" } : { font: { src: FONT_REGULAR } }),
    defaultStyle: { padding: 3, border: 0.5, borderColor: "#64748b" },
    data: [
      data.columns,
      ...data.rows.map((row) => [String(row.number), row.unit, row.currentWording, row.proposedWording, row.justification, row.submittedBy, row.decision, row.reason]),
    ],
  });
  doc.moveDown();
  doc.font("regular").fontSize(8).text(data.footer);
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
