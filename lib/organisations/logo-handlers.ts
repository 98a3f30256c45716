// /api/organisations/[id]/logo: GET serves the re-encoded logo to anyone;
// POST (multipart, field "file") and DELETE need the organisation.edit
// permission in that organisation.
import "server-only";
import { readUploadedFile, refusal as refuse } from "@/lib/http/upload";
import { authoriseOrganisationEdit as authorise, isRecordId } from "@/lib/organisations/route-access";
import { publicDataChanged } from "@/lib/cache/public-data";
import { ImageError } from "@/lib/files/images";
import { getLogo, MAX_LOGO_UPLOAD_BYTES, removeLogo, saveLogo } from "@/lib/organisations/logo";

export async function serveLogo(request: Request, id: string): Promise<Response> {
  if (!isRecordId(id)) return new Response(null, { status: 404 });
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
    if (error instanceof ImageError) return refuse(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
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
