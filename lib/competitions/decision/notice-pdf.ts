// The results notice as PDF (A4, tagged, Polish), for the platform's download
// and the notice board: the words of notice-data.ts laid out with lib/pdf.
import { createPdf, drawTable } from "@/lib/pdf/document";
import type { NoticeDocument } from "@/lib/competitions/decision/notice-data";

export async function renderNoticePdf(notice: NoticeDocument): Promise<Uint8Array> {
  const { doc, finish } = createPdf({ title: notice.title, subject: notice.heading });
  const body = (text: string) => doc.font("regular").fontSize(10).text(text);
  body(notice.office);
  if (notice.reference) body(notice.reference);
  doc.moveDown().font("bold").fontSize(15).text(notice.heading, { align: "center" });
  doc.fontSize(13).text(notice.subtitle, { align: "center" }).moveDown(0.5);
  for (const line of notice.intro) body(line);
  for (const block of notice.blocks) {
    doc.moveDown(0.8).font("bold").fontSize(12).text(block.heading).moveDown(0.3);
    for (const line of block.lines) body(line);
    for (const table of block.tables) {
      doc.moveDown(0.4).font("bold").fontSize(10).text(table.caption).moveDown(0.2);
      drawTable(doc, table.widths, table.header, table.rows);
    }
  }
  doc.moveDown();
  for (const line of notice.closing) body(line);
  return finish();
}
