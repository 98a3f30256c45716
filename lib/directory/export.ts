// Exports of the directory: the current search as CSV (RFC 4180, UTF-8 with a
// BOM so spreadsheet programs read Polish letters) or XLSX, streamed in
// batches so a national-size export never sits whole in memory. Public
// fields only, as on the organisation's page.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { DirectoryFilters } from "@/lib/directory/filters";
import { allMatchingOrganisations } from "@/lib/directory/open-data";
import type { DirectoryItem } from "@/lib/directory/search";

export type ExportFormat = "csv" | "xlsx";

export interface ExportColumn {
  heading: string;
  value: (item: DirectoryItem) => string;
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

async function* csvChunks(filters: DirectoryFilters, columns: ExportColumn[]): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(columns.map((c) => c.heading))}`;
  for await (const batch of allMatchingOrganisations(filters)) {
    yield batch.map((item) => csvLine(columns.map((c) => c.value(item)))).join("");
  }
}

async function writeXlsx(
  filters: DirectoryFilters,
  columns: ExportColumn[],
  sheetName: string,
  output: PassThrough,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    header: column.heading,
    key: String(index),
    width: index === 0 ? 60 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const batch of allMatchingOrganisations(filters)) {
    // XLSX cells are typed as text, so nothing in them is a formula.
    for (const item of batch) sheet.addRow(columns.map((c) => c.value(item))).commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** The export as a byte stream for a Response. */
export function exportStream(
  format: ExportFormat,
  filters: DirectoryFilters,
  columns: ExportColumn[],
  sheetName: string,
): ReadableStream<Uint8Array> {
  if (format === "csv") {
    const encoder = new TextEncoder();
    const chunks = csvChunks(filters, columns);
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
  writeXlsx(filters, columns, sheetName, output).catch((error: unknown) =>
    output.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
