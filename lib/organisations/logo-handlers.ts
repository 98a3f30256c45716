// /api/organisations/[id]/logo: GET serves the re-encoded logo to anyone;
// POST (multipart, field "file") and DELETE need the organisation.edit
// permission in that organisation.
import "server-only";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { permissionRefusal, readUploadedFile, refusal as refuse } from "@/lib/http/upload";
import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { getLogo, LogoError, MAX_LOGO_UPLOAD_BYTES, removeLogo, saveLogo } from "@/lib/organisations/logo";

const idSchema = z.string().regex(/^[a-z0-9]{20,40}$/);
async function authorise(id: string): Promise<{ userId: string } | Response> {
  if (!idSchema.safeParse(id).success || !(await db().organisation.findUnique({ where: { id }, select: { id: true } }))) return refuse(404, "NOT_FOUND");
  const user = await getCurrentUser();
  const refused = permissionRefusal(user, "organisation.edit", { organisationId: id });
  if (refused || !user) return refused ?? refuse(401, "UNAUTHENTICATED");
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
  const file = await readUploadedFile(request, MAX_LOGO_UPLOAD_BYTES);
  if (file instanceof Response) return file;
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
