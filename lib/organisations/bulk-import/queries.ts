import "server-only";
import { db } from "@/lib/db/client";
import type { ColumnMapping } from "@/lib/organisations/bulk-import/mapping";
import type { RowOutcome } from "@/lib/organisations/bulk-import/validate";

export type ImportReportRow = RowOutcome | { row: number; status: "failed"; reason: "identifierTaken" };

export async function listImports(take = 50) {
  return db().organisationImport.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      fileName: true,
      status: true,
      total: true,
      created: true,
      merged: true,
      failed: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
}

export async function getImport(id: string) {
  const found = await db().organisationImport.findUnique({ where: { id } });
  if (!found) return null;
  return {
    ...found,
    rows: found.rows as string[][],
    mapping: (found.mapping ?? {}) as ColumnMapping,
    report: (found.report ?? null) as ImportReportRow[] | null,
  };
}
export type ImportView = NonNullable<Awaited<ReturnType<typeof getImport>>>;

/** The column headers of an uploaded file, which a mapping must stay within; null when there is no such import. */
export async function importHeaders(id: string): Promise<string[] | null> {
  const found = await db().organisationImport.findUnique({ where: { id }, select: { headers: true } });
  return found ? found.headers : null;
}
