import { handleImportUpload } from "@/lib/organisations/bulk-import/upload";

export const dynamic = "force-dynamic";

// An administrator uploads a spreadsheet of organisations (multipart form, field "file").
export const POST = handleImportUpload;
