// /api/organisations/[id]/logo: GET serves the re-encoded logo to anyone;
// POST (multipart, field "file") and DELETE need the organisation.edit
// permission in that organisation. A route handler, because server actions
// cap bodies at 1 MB.
import "server-only";
import { z } from "zod";
import { can, needsTwoFactorFor } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { getLogo, LogoError, MAX_LOGO_UPLOAD_BYTES, removeLogo, saveLogo } from "@/lib/organisations/logo";

const idSchema = z.string().regex(/^[a-z0-9]{20,40}$/);
const refuse = (status: number, code: string) => Response.json({ error: { code } }, { status, headers: { "Cache-Control": "no-store" } });

async function authorise(id: string): Promise<{ userId: string } | Response> {
  if (!idSchema.safeParse(id).success || !(await db().organisation.findUnique({ where: { id }, select: { id: true } }))) return refuse(404, "NOT_FOUND");
  const user = await getCurrentUser();
  if (!user) return refuse(401, "UNAUTHENTICATED");
  const scope = { organisationId: id };
  if (!can(user, "organisation.edit", scope)) return refuse(403, needsTwoFactorFor(user, "organisation.edit", scope) ? "TWO_FACTOR_REQUIRED" : "FORBIDDEN");
  return { userId: user.id };
}

export async function serveLogo(request: Request, id: string): Promise<Response> {
  if (!idSchema.safeParse(id).success) return new Response(null, { status: 404 });
  const logo = await getLogo(id);
  if (!logo) return new Response(null, { status: 404 });
  const headers = {
    "Content-Type": logo.contentType,
    ETag: `"${logo.etag}"`,
    // The address carries the version (?v=etag), so a new logo is a new URL.
    "Cache-Control": "public, max-age=86400",
    "Content-Disposition": "inline",
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === `"${logo.etag}"`) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(logo.data), { headers });
}

export async function uploadLogo(request: Request, id: string): Promise<Response> {
  const allowed = await authorise(id);
  if (allowed instanceof Response) return allowed;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_LOGO_UPLOAD_BYTES + 64 * 1024) return refuse(413, "TOO_LARGE");
  const file = (await request.formData().catch(() => null))?.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse(400, "MISSING");
  try {
    await saveLogo(id, new Uint8Array(await file.arrayBuffer()), allowed.userId);
  } catch (error) {
    if (error instanceof LogoError) return refuse(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
    throw error;
  }
  publicDataChanged();
  return Response.json({ saved: true });
}

export async function deleteLogo(id: string): Promise<Response> {
  const allowed = await authorise(id);
  if (allowed instanceof Response) return allowed;
  await removeLogo(id, allowed.userId);
  publicDataChanged();
  return Response.json({ removed: true });
}
