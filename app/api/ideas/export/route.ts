import { exportOfficeIdeas } from "@/lib/ideas/export/export-handlers";

export const dynamic = "force-dynamic";

/** GET /api/ideas/export: an office's entries as CSV or XLSX, for its officials. */
export const GET = exportOfficeIdeas;
