// The upload of a spreadsheet: a route handler, because server actions cap
// request bodies at 1 MB and the limit here is 10 MB. The size is checked
// from the header before the body is read, and again on the bytes.
import "server-only";
import { z } from "zod";
import { can, needsTwoFactorFor } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { log } from "@/lib/log";
import { MAX_UPLOAD_BYTES, SpreadsheetError } from "@/lib/organisations/bulk-import/parse";
import { createImport } from "@/lib/organisations/bulk-import/service";

const uploadSchema = z.object({
  file: z.instanceof(File).refine((file) => file.size > 0, "MISSING"),
});

const refuse = (status: number, code: string) => Response.json({ error: { code } }, { status, headers: { "Cache-Control": "no-store" } });

export async function handleImportUpload(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return refuse(401, "UNAUTHENTICATED");
  if (!can(user, "organisations.import")) return refuse(403, needsTwoFactorFor(user, "organisations.import") ? "TWO_FACTOR_REQUIRED" : "FORBIDDEN");
  // Multipart overhead on top of the file stays well under 64 KB.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) return refuse(413, "TOO_LARGE");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, "MISSING");
  }
  const parsed = uploadSchema.safeParse({ file: form.get("file") });
  if (!parsed.success) return refuse(400, "MISSING");
  const { file } = parsed.data;
  if (file.size > MAX_UPLOAD_BYTES) return refuse(413, "TOO_LARGE");
  try {
    const id = await createImport({ actorId: user.id, fileName: file.name || "import", bytes: new Uint8Array(await file.arrayBuffer()) });
    return Response.json({ id }, { status: 201 });
  } catch (error) {
    if (error instanceof SpreadsheetError) return refuse(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
    log.error("organisation import upload failed", { error });
    return refuse(500, "INTERNAL");
  }
}
