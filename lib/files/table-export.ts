// A table of rows as a downloaded file: CSV (RFC 4180, UTF-8 with a BOM so
// spreadsheet programs read Polish letters) or XLSX, streamed batch by batch so
// a large export never sits whole in memory. The directory's and the ideas
// board's exports are both written this way; each says what its rows and
// columns are.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";

export type ExportFormat = "csv" | "xlsx";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface TableColumn<Row> {
  heading: string;
  value: (row: Row) => string;
}

/**
 * A cell that a spreadsheet would read as a formula (=, +, -, @, tab, CR) is
 * prefixed with an apostrophe: names and aims come from users, and an export
 * must not run anything when opened (CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: string[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** The rows to export, a batch at a time (a fresh iteration each time it is called). */
export type RowBatches<Row> = () => AsyncIterable<Row[]>;

async function* csvChunks<Row>(batches: RowBatches<Row>, columns: TableColumn<Row>[]): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(columns.map((c) => c.heading))}`;
  for await (const batch of batches()) yield batch.map((row) => csvLine(columns.map((c) => c.value(row)))).join("");
}

async function writeXlsx<Row>(
  batches: RowBatches<Row>,
  columns: TableColumn<Row>[],
  sheet: { name: string; columnWidth: number },
  output: PassThrough,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = columns.map((column, index) => ({
    header: column.heading,
    key: String(index),
    width: index === 0 ? 60 : sheet.columnWidth,
  }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.getRow(1).commit();
  // XLSX cells are typed as text, so nothing in them is a formula.
  for await (const batch of batches())
    for (const row of batch) worksheet.addRow(columns.map((c) => c.value(row))).commit();
  worksheet.commit();
  await workbook.commit();
}

/**
 * The export as a byte stream for a Response. The first column (a name, a
 * title) is wide; the others get `sheet.columnWidth` in the XLSX.
 */
export function tableExportStream<Row>(
  format: ExportFormat,
  batches: RowBatches<Row>,
  columns: TableColumn<Row>[],
  sheet: { name: string; columnWidth: number },
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
  writeXlsx(batches, columns, sheet, output).catch((error: unknown) =>
    output.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
