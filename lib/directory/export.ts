// Exports of the directory: the current search as CSV or XLSX
// (lib/files/table-export.ts), a national-size export streamed in batches.
// Public fields only, as on the organisation's page.
import type { DirectoryFilters } from "@/lib/directory/filters";
import { allMatchingOrganisations } from "@/lib/directory/open-data";
import type { DirectoryItem } from "@/lib/directory/search";
import { tableExportStream, type ExportFormat, type TableColumn } from "@/lib/files/table-export";

export { CONTENT_TYPES, csvField, csvLine, neutraliseFormula, type ExportFormat } from "@/lib/files/table-export";

export type ExportColumn = TableColumn<DirectoryItem>;

/** The export as a byte stream for a Response. */
export function exportStream(
  format: ExportFormat,
  filters: DirectoryFilters,
  columns: ExportColumn[],
  sheetName: string,
): ReadableStream<Uint8Array> {
  return tableExportStream(format, () => allMatchingOrganisations(filters), columns, {
    name: sheetName,
    columnWidth: 22,
  });
}
