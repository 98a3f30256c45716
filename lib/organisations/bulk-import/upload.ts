// The upload of a spreadsheet of organisations (10 MB at most).
import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { permissionRefusal, readUploadedFile, refusal } from "@/lib/http/upload";
import { log } from "@/lib/log";
import { MAX_UPLOAD_BYTES } from "@/lib/organisations/bulk-import/limits";
import { SpreadsheetError } from "@/lib/organisations/bulk-import/parse";
import { createImport } from "@/lib/organisations/bulk-import/service";

export async function handleImportUpload(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const refused = permissionRefusal(user, "organisations.import");
  if (refused || !user) return refused ?? refusal(401, "UNAUTHENTICATED");
  const file = await readUploadedFile(request, MAX_UPLOAD_BYTES);
  if (file instanceof Response) return file;
  try {
    const id = await createImport({
      actorId: user.id,
      fileName: file.name || "import",
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return Response.json({ id }, { status: 201 });
  } catch (error) {
    if (error instanceof SpreadsheetError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
    log.error("organisation import upload failed", { error });
    return refusal(500, "INTERNAL");
  }
}
