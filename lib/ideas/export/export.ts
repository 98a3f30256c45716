// The office's entries as a file for its officials: CSV (RFC 4180, UTF-8 with
// a BOM so spreadsheet programs read Polish letters; cells that would be
// formulas neutralised) or XLSX, streamed in batches so a busy office's
// history never sits whole in memory. Status, dates, the answer clock and
// support counts: what the office is accountable for.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { CONTENT_TYPES, csvLine, type ExportFormat } from "@/lib/directory/export";
import type { IdeaFilters } from "@/lib/ideas/feeds/filters";
import { matchingIdeaIds, publicIdeaRows, type PublicIdeaRow } from "@/lib/ideas/feeds/queries";

export { CONTENT_TYPES, type ExportFormat };
const BATCH = 500;

export interface IdeaExportColumn {
  heading: string;
  value: (row: PublicIdeaRow) => string;
}

/** Every matching published entry of the office, newest first, a batch at a time. */
export async function* officeIdeas(institutionId: string, filters: IdeaFilters): AsyncGenerator<PublicIdeaRow[]> {
  let after: { publishedAt: Date; id: string } | null = null;
  for (;;) {
    const ids = await matchingIdeaIds(filters, { limit: BATCH, after }, { institutionId });
    if (ids.length === 0) return;
    const rows = await publicIdeaRows(ids);
    yield rows;
    const last = rows.at(-1);
    if (ids.length < BATCH || !last?.publishedAt) return;
    after = { publishedAt: last.publishedAt, id: last.id };
  }
}

type Batches = () => AsyncGenerator<PublicIdeaRow[]>;

async function* csvChunks(batches: Batches, columns: IdeaExportColumn[]): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(columns.map((c) => c.heading))}`;
  for await (const batch of batches()) yield batch.map((row) => csvLine(columns.map((c) => c.value(row)))).join("");
}

async function writeXlsx(batches: Batches, columns: IdeaExportColumn[], sheetName: string, output: PassThrough) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    header: column.heading,
    key: String(index),
    width: index === 0 ? 60 : 20,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  // Cells are written as text, so nothing in them is a formula.
  for await (const batch of batches()) for (const row of batch) sheet.addRow(columns.map((c) => c.value(row))).commit();
  sheet.commit();
  await workbook.commit();
}

/** The export as a byte stream for a Response. */
export function ideaExportStream(
  format: ExportFormat,
  batches: Batches,
  columns: IdeaExportColumn[],
  sheetName: string,
): ReadableStream<Uint8Array> {
  if (format === "csv") {
    const encoder = new TextEncoder();
    const chunks = csvChunks(batches, columns);
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
  }
  const output = new PassThrough();
  writeXlsx(batches, columns, sheetName, output).catch((error: unknown) =>
    output.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
