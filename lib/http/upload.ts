// What the upload route handlers share (spreadsheets, logos, documents): refusals as
// JSON with a code, the caller's permission, and the "file" field of a
// multipart body read only when its declared size is within the limit.
// Route handlers, because server actions cap bodies at 1 MB.
import { can, needsTwoFactorFor, type Actor, type Permission, type Scope } from "@/lib/auth/permissions";

export function refusal(status: number, code: string): Response {
  return Response.json({ error: { code } }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Null when `user` holds `permission` in `scope`, else the answer to send. */
export function permissionRefusal(user: Actor | null, permission: Permission, scope: Scope = {}): Response | null {
  if (!user) return refusal(401, "UNAUTHENTICATED");
  if (can(user, permission, scope)) return null;
  return refusal(403, needsTwoFactorFor(user, permission, scope) ? "TWO_FACTOR_REQUIRED" : "FORBIDDEN");
}

/** The uploaded file with the rest of the form, or the refusal: TOO_LARGE (from Content-Length first, then the file), MISSING. */
export async function readUploadedForm(request: Request, maxBytes: number): Promise<{ file: File; form: FormData } | Response> {
  // Multipart overhead and the other fields stay well under 64 KB.
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes + 64 * 1024) return refusal(413, "TOO_LARGE");
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof File) || file.size === 0) return refusal(400, "MISSING");
  if (file.size > maxBytes) return refusal(413, "TOO_LARGE");
  return { file, form };
}

/** The uploaded file alone (see readUploadedForm). */
export async function readUploadedFile(request: Request, maxBytes: number): Promise<File | Response> {
  const read = await readUploadedForm(request, maxBytes);
  return read instanceof Response ? read : read.file;
}
