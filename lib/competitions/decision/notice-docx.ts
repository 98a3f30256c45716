// The results notice as DOCX, for the office's BIP editor (most BIP systems
// take Word files): the same words as the PDF (notice-data.ts), the tables'
// header rows repeated on each page.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { NoticeDocument, NoticeTable } from "@/lib/competitions/decision/notice-data";

function cell(text: string, percent: number, bold = false): TableCell {
  return new TableCell({
    width: { size: percent, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })],
  });
}

function table(data: NoticeTable): Table {
  const total = data.widths.reduce((a, b) => a + b, 0);
  const percent = data.widths.map((w) => Math.round((w / total) * 100));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: data.header.map((text, i) => cell(text, percent[i]!, true)) }),
      ...data.rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, percent[i]!)) })),
    ],
  });
}

export async function renderNoticeDocx(notice: NoticeDocument): Promise<Uint8Array> {
  const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const document = new Document({
    title: notice.title,
    styles: { default: { document: { run: { font: "DejaVu Sans", size: 20 } } } },
    sections: [
      {
        children: [
          paragraph(notice.office),
          ...(notice.reference ? [paragraph(notice.reference)] : []),
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun(notice.heading)],
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
            children: [new TextRun(notice.subtitle)],
          }),
          ...notice.intro.map(paragraph),
          ...notice.blocks.flatMap((block) => [
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.heading)] }),
            ...block.lines.map(paragraph),
            ...block.tables.flatMap((data) => [
              new Paragraph({ children: [new TextRun({ text: data.caption, bold: true })] }),
              table(data),
            ]),
          ]),
          paragraph(""),
          ...notice.closing.map(paragraph),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
