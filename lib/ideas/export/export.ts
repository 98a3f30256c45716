// The office's entries as a file for its officials: CSV or XLSX
// (lib/files/table-export.ts: formulas neutralised, streamed in batches so a
// busy office's history never sits whole in memory). Status, dates, the answer
// clock and support counts: what the office is accountable for.
import { tableExportStream, type ExportFormat, type TableColumn } from "@/lib/files/table-export";
import type { IdeaFilters } from "@/lib/ideas/feeds/filters";
import { matchingIdeaIds, publicIdeaRows, type PublicIdeaRow } from "@/lib/ideas/feeds/queries";

export { CONTENT_TYPES, type ExportFormat } from "@/lib/files/table-export";
const BATCH = 500;

export type IdeaExportColumn = TableColumn<PublicIdeaRow>;

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

/** The export as a byte stream for a Response. */
export function ideaExportStream(
  format: ExportFormat,
  batches: () => AsyncIterable<PublicIdeaRow[]>,
  columns: IdeaExportColumn[],
  sheetName: string,
): ReadableStream<Uint8Array> {
  return tableExportStream(format, batches, columns, { name: sheetName, columnWidth: 20 });
}
