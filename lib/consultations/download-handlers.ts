// Downloads of a consultation: the report (PDF, DOCX) once published, or for
// the organiser's officials before; the remarks table (CSV, XLSX) whenever the
// remarks are public, or for the officials at any time.
import "server-only";
import ExcelJS from "exceljs";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { csvLine } from "@/lib/directory/export";
import { fileResponse } from "@/lib/files/stored-files";
import { generatedFileRefusal } from "@/lib/http/generated-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { loadReportData } from "@/lib/consultations/report/data";
import { reportFileId } from "@/lib/consultations/report/queries";
import { remarksArePublic } from "@/lib/consultations/remarks/policy";
import { slugify } from "@/lib/text/slug";
import { recordId } from "@/lib/validation/record-id";

const notFound = () => new Response(null, { status: 404 });

async function consultationAndManager(id: string, actor: Actor | null) {
  const consultation = await db().consultation.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      status: true,
      startsAt: true,
      endsAt: true,
      remarkPublication: true,
      institutionId: true,
    },
  });
  if (!consultation || consultation.status === "DRAFT") return null;
  const manages = can(actor, "consultations.manage", { institutionId: consultation.institutionId });
  return { consultation, manages };
}

/** What both downloads share: anyone may ask, the consultation's state decides; refusals are a bare 404. */
const consultationFile = {
  access: { permission: "files.download" },
  params: z.object({ id: recordId }),
  invalidQuery: "NOT_FOUND",
  refusal: bareRefusal,
} as const;

export const downloadReport = routeHandler(
  {
    ...consultationFile,
    name: "consultations.report.download",
    query: z.object({ format: z.enum(["pdf", "docx"]).default("pdf") }),
  },
  async ({ request, params, query, actor }) => {
    const found = await consultationAndManager(params.id, actor);
    if (!found) return notFound();
    const fileId = await reportFileId(found.consultation.id, query.format, found.manages);
    if (!fileId) return notFound();
    return fileResponse(request, fileId, found.manages ? "private, no-store" : "public, max-age=300");
  },
);

export const exportRemarks = routeHandler(
  {
    ...consultationFile,
    name: "consultations.remarks.export",
    query: z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }),
  },
  async ({ request, params, query, actor }) => {
    const found = await consultationAndManager(params.id, actor);
    if (!found) return notFound();
    if (!found.manages && !remarksArePublic(found.consultation, new Date())) return notFound();
    const limited = await generatedFileRefusal(request);
    if (limited) return limited;
    return remarksFile(found.consultation, query.format);
  },
);

async function remarksFile(consultation: { id: string; slug: string }, format: "csv" | "xlsx"): Promise<Response> {
  const data = await loadReportData(consultation.id, "pl");
  const rows = data.rows.map((row) => [
    String(row.number),
    row.unit,
    row.currentWording,
    row.proposedWording,
    row.justification,
    row.submittedBy,
    row.decision,
    row.reason,
  ]);
  const name = `uwagi-${slugify(consultation.slug, 60)}`;
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "csv") {
    const body = `\uFEFF${csvLine(data.columns)}${rows.map(csvLine).join("")}`;
    return new Response(body, {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}.csv"`,
      },
    });
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Uwagi", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = data.columns.map((heading, index) => ({
    header: heading,
    key: String(index),
    width: index === 0 ? 6 : 30,
  }));
  sheet.getRow(1).font = { bold: true };
  // Cells are text, so nothing a participant wrote becomes a formula.
  for (const row of rows) sheet.addRow(row);
  return new Response(new Uint8Array(await workbook.xlsx.writeBuffer()), {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}.xlsx"`,
    },
  });
}
