// Route handlers of library versions (route handlers, since server actions
// cap bodies at 1 MB):
//   POST /api/library/[id]/versions        multipart: file, issuedOn (YYYY-MM-DD), changeNote
//   GET  /api/library/versions/[versionId] the file, as an attachment
import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { publicDataChanged } from "@/lib/cache/public-data";
import { AppError } from "@/lib/errors";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { permissionRefusal, readUploadedForm, refusal } from "@/lib/http/upload";
import { visibleVersion } from "@/lib/library/files";
import { addVersion, MAX_VERSION_BYTES } from "@/lib/library/mutations";
import { versionFieldsSchema } from "@/lib/library/schemas";
import { clientIp } from "@/lib/http/request-context";
import { recordId } from "@/lib/validation/record-id";

const idSchema = recordId;
const noStore = { "Cache-Control": "no-store" };

export async function uploadVersion(request: Request, documentId: string): Promise<Response> {
  const user = await getCurrentUser();
  const refused = permissionRefusal(user, "library.write");
  if (refused || !user) return refused ?? refusal(401, "UNAUTHENTICATED");
  if (!idSchema.safeParse(documentId).success) return refusal(404, "NOT_FOUND");
  const read = await readUploadedForm(request, MAX_VERSION_BYTES);
  if (read instanceof Response) return read;
  const fields = versionFieldsSchema.safeParse({
    issuedOn: read.form.get("issuedOn") ?? "",
    changeNote: read.form.get("changeNote") ?? "",
  });
  if (!fields.success) {
    const issue = fields.error.issues[0]!;
    return Response.json(
      { error: { code: "INVALID", fields: { [String(issue.path[0])]: issue.message } } },
      { status: 400, headers: noStore },
    );
  }
  try {
    const version = await addVersion(
      user,
      documentId,
      { bytes: new Uint8Array(await read.file.arrayBuffer()), name: read.file.name },
      fields.data,
      { ip: await clientIp() },
    );
    publicDataChanged();
    return Response.json({ saved: true, ...version }, { status: 201, headers: noStore });
  } catch (error) {
    if (error instanceof UploadError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
    if (error instanceof AppError && error.code === "NOT_FOUND") return refusal(404, "NOT_FOUND");
    throw error;
  }
}

export async function downloadVersion(request: Request, versionId: string): Promise<Response> {
  if (!idSchema.safeParse(versionId).success) return new Response(null, { status: 404 });
  const visible = await visibleVersion(await getCurrentUser(), versionId);
  if (!visible) return new Response(null, { status: 404 });
  return fileResponse(request, visible.fileId, visible.isPublic ? "public, max-age=3600" : "private, no-store");
}
