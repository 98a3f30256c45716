import { handleOrganisationsExport } from "@/lib/directory/api-handlers";

export const dynamic = "force-dynamic";

// The current directory search as a CSV or XLSX file.
export const GET = handleOrganisationsExport;
