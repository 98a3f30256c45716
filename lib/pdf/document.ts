// PDF documents of the platform (consultation reports, election protocols):
// DejaVu Sans embedded, so Polish letters render in every reader (PDFKit's
// built-in Helvetica has no "ą" or "ł"), tagged, with the language set.
import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";

// Resolved from the project at run time, not by the bundler.
const projectRequire = createRequire(path.join(process.cwd(), "package.json"));
const FONT_REGULAR = projectRequire.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = projectRequire.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");
// For wide tables (an offer's cost calculation): more characters per column, same letters.
const FONT_CONDENSED = projectRequire.resolve("dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf");
const FONT_CONDENSED_BOLD = projectRequire.resolve("dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf");

/**
 * A new document with the fonts "regular", "bold", "condensed" and
 * "condensedBold"; `finish()` ends it and returns the bytes. `bufferPages`
 * keeps every page open until the end (to print "page x of y" in each
 * footer); `creationDate` fixes the one moment PDFKit would take from the
 * clock, so the same content gives the same bytes.
 */
export function createPdf(options: {
  title: string;
  subject: string;
  layout?: "portrait" | "landscape";
  bufferPages?: boolean;
  creationDate?: Date;
}): {
  doc: PDFKit.PDFDocument;
  finish: () => Promise<Uint8Array>;
} {
  const doc = new PDFDocument({
    size: "A4",
    layout: options.layout ?? "portrait",
    margin: 36,
    info: {
      Title: options.title,
      Subject: options.subject,
      ...(options.creationDate ? { CreationDate: options.creationDate, ModDate: options.creationDate } : {}),
    },
    bufferPages: options.bufferPages ?? false,
    lang: "pl",
    displayTitle: true,
    tagged: true,
  });
  doc.registerFont("regular", FONT_REGULAR);
  doc.registerFont("bold", FONT_BOLD);
  doc.registerFont("condensed", FONT_CONDENSED);
  doc.registerFont("condensedBold", FONT_CONDENSED_BOLD);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  return {
    doc,
    finish: async () => {
      doc.end();
      await finished;
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}

const PADDING = 3;
const FONT_SIZE = 8;

/** A table's letters: condensed and smaller for wide tables; regular 8 pt otherwise. */
export type TableStyle = { condensed?: boolean; fontSize?: number };

/**
 * The remarks table, drawn row by row: each row as tall as its tallest cell,
 * a new page (with the header again) when the next row does not fit. PDFKit's
 * own table layout took about 70 ms a row, over two minutes for 2,000
 * remarks; measuring each cell once keeps the report to seconds.
 */
export function drawTable(
  doc: PDFKit.PDFDocument,
  widths: number[],
  header: string[],
  rows: string[][],
  style: TableStyle = {},
): void {
  const regular = style.condensed ? "condensed" : "regular";
  const bold = style.condensed ? "condensedBold" : "bold";
  const size = style.fontSize ?? FONT_SIZE;
  const left = doc.page.margins.left;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const heightOf = (cells: string[], font: string) => {
    doc.font(font).fontSize(size);
    return (
      Math.max(...cells.map((text, i) => doc.heightOfString(text || " ", { width: widths[i]! - 2 * PADDING }))) +
      2 * PADDING
    );
  };
  const drawRow = (cells: string[], font: string, height: number, shaded: boolean) => {
    const top = doc.y;
    let x = left;
    doc.font(font).fontSize(size).lineWidth(0.5).strokeColor("#64748b");
    cells.forEach((text, i) => {
      const w = widths[i]!;
      if (shaded) doc.rect(x, top, w, height).fillAndStroke("#e2e8f0", "#64748b").fillColor("black");
      else doc.rect(x, top, w, height).stroke();
      doc.text(text, x + PADDING, top + PADDING, { width: w - 2 * PADDING, lineBreak: true });
      x += w;
    });
    doc.x = left;
    doc.y = top + height;
  };
  const headerHeight = heightOf(header, bold);
  if (doc.y + headerHeight > bottom()) doc.addPage();
  drawRow(header, bold, headerHeight, true);
  for (const row of rows) {
    const height = heightOf(row, regular);
    // A row taller than a page is still drawn (and runs over); every other one starts where it fits.
    if (doc.y + height > bottom() && height < bottom() - doc.page.margins.top - headerHeight) {
      doc.addPage();
      drawRow(header, bold, headerHeight, true);
    }
    drawRow(row, regular, height, false);
  }
}
