import { handleImportUpload } from "@/lib/organisations/bulk-import/upload";

export const dynamic = "force-dynamic";

// An administrator uploads a spreadsheet of organisations (multipart form, field "file").
export function POST(request: Request): Promise<Response> {
  return handleImportUpload(request);
}
