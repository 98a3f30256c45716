// The report as DOCX (Word, LibreOffice), landscape, with the remarks table's
// header row repeated on every page, for offices that edit it before adopting.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ReportData } from "@/lib/consultations/report/data";

const COLUMN_PERCENT = [4, 9, 15, 15, 15, 13, 9, 20];

function cell(text: string, width: number, bold = false): TableCell {
  // Line breaks inside a remark stay line breaks.
  const lines = text.split(/\r?\n/);
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({
        children: lines.map(
          (line, index) => new TextRun({ text: line, bold, size: 16, break: index > 0 ? 1 : undefined }),
        ),
      }),
    ],
  });
}

export async function renderReportDocx(data: ReportData): Promise<Uint8Array> {
  const header = new TableRow({
    tableHeader: true,
    children: data.columns.map((column, index) => cell(column, COLUMN_PERCENT[index]!, true)),
  });
  const rows = data.rows.map(
    (row) =>
      new TableRow({
        cantSplit: false,
        children: [
          String(row.number),
          row.unit,
          row.currentWording,
          row.proposedWording,
          row.justification,
          row.submittedBy,
          row.decision,
          row.reason,
        ].map((value, index) => cell(value, COLUMN_PERCENT[index]!)),
      }),
  );
  const document = new Document({
    title: `${data.heading}: ${data.title}`,
    styles: { default: { document: { run: { font: "DejaVu Sans", size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun(data.heading)],
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
            children: [new TextRun(data.title)],
          }),
          ...data.facts.map(
            (fact) =>
              new Paragraph({
                children: [new TextRun({ text: `${fact.label}: `, bold: true }), new TextRun(fact.value)],
              }),
          ),
          new Paragraph({ text: "" }),
          ...data.figuresText.map((line) => new Paragraph({ text: line })),
          new Paragraph({ text: "" }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
          new Paragraph({ text: "" }),
          ...(data.corrections.length > 0
            ? [
                new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(data.correctionsHeading)] }),
                ...data.corrections.map((line) => new Paragraph({ text: line })),
              ]
            : []),
          new Paragraph({ children: [new TextRun({ text: data.footer, size: 16 })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
