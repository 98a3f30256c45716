// What the upload route handlers share (spreadsheets, logos): refusals as
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

/** The uploaded file, or the refusal: TOO_LARGE (from Content-Length first, then the file), MISSING. */
export async function readUploadedFile(request: Request, maxBytes: number): Promise<File | Response> {
  // Multipart overhead on top of the file stays well under 64 KB.
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes + 64 * 1024) return refusal(413, "TOO_LARGE");
  const file = (await request.formData().catch(() => null))?.get("file");
  if (!(file instanceof File) || file.size === 0) return refusal(400, "MISSING");
  if (file.size > maxBytes) return refusal(413, "TOO_LARGE");
  return file;
}
