// Reading an uploaded spreadsheet: CSV in UTF-8 (with or without BOM) or
// Windows-1250 (what Excel on a Polish Windows saves), separated by commas,
// semicolons or tabs; or the first sheet of an XLSX workbook. Everything
// becomes text cells; validation comes later (validate.ts).
import ExcelJS from "exceljs";
import { ArchiveBoundsError, readWithin, zipWithinBounds } from "@/lib/files/zip-bounds";
import { parseCsvRows } from "@/lib/reference-data/csv";

import { MAX_ROWS, MAX_UPLOAD_BYTES } from "@/lib/organisations/bulk-import/limits";

export type ParseFailure =
  "EMPTY" | "TOO_LARGE" | "TOO_MANY_ROWS" | "UNREADABLE" | "UNSUPPORTED_TYPE" | "ARCHIVE_TOO_LARGE";

export class SpreadsheetError extends Error {
  constructor(readonly failure: ParseFailure) {
    super(failure);
    this.name = "SpreadsheetError";
  }
}

export interface Spreadsheet {
  encoding: "utf-8" | "windows-1250" | "xlsx";
  headers: string[];
  rows: string[][];
}

/** UTF-8 when the bytes are valid UTF-8 (BOM dropped), otherwise Windows-1250. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: "utf-8" | "windows-1250" } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes),
      encoding: "utf-8",
    };
  } catch {
    return { text: new TextDecoder("windows-1250").decode(bytes), encoding: "windows-1250" };
  }
}

/** The separator used most in the header line, outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0]!.replace(/"[^"]*"/g, "");
  const [best] = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ",";
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    return "";
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  if (!zipWithinBounds(bytes)) throw new SpreadsheetError("UNREADABLE");
  const workbook = new ExcelJS.Workbook();
  await readWithin(() => workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer));
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column).value).trim());
    rows.push(cells);
  });
  return rows;
}

/** Reads a file by its content: XLSX is a ZIP archive ("PK"); anything else must be text. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<Spreadsheet> {
  if (bytes.length === 0) throw new SpreadsheetError("EMPTY");
  if (bytes.length > MAX_UPLOAD_BYTES) throw new SpreadsheetError("TOO_LARGE");
  let encoding: Spreadsheet["encoding"];
  let rows: string[][];
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    encoding = "xlsx";
    try {
      rows = await readXlsx(bytes);
    } catch (error) {
      throw new SpreadsheetError(error instanceof ArchiveBoundsError ? "ARCHIVE_TOO_LARGE" : "UNREADABLE");
    }
  } else {
    const decoded = decodeText(bytes);
    // Binary files (images, PDFs, old .xls) are not spreadsheets we read.
    if (/[\u0000-\u0008\u000e-\u001f]/.test(decoded.text.slice(0, 4096)))
      throw new SpreadsheetError("UNSUPPORTED_TYPE");
    encoding = decoded.encoding;
    try {
      rows = parseCsvRows(decoded.text, detectDelimiter(decoded.text)).map((row) => row.map((cell) => cell.trim()));
    } catch {
      throw new SpreadsheetError("UNREADABLE");
    }
  }
  const [headers, ...body] = rows.filter((row) => row.some((cell) => cell !== ""));
  if (!headers || body.length === 0) throw new SpreadsheetError("EMPTY");
  if (body.length > MAX_ROWS) throw new SpreadsheetError("TOO_MANY_ROWS");
  const width = Math.max(headers.length, ...body.map((row) => row.length));
  const pad = (row: string[]) => [...row, ...Array<string>(width - row.length).fill("")];
  return { encoding, headers: pad(headers), rows: body.map(pad) };
}
