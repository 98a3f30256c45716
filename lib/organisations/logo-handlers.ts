// /api/organisations/[id]/logo: GET serves the re-encoded logo to anyone;
// POST (multipart, field "file") needs the organisation.edit permission in
// that organisation.
import "server-only";
import { ImageError } from "@/lib/files/images";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import { getLogo, MAX_LOGO_UPLOAD_BYTES, saveLogo } from "@/lib/organisations/logo";
import { organisationEdit, organisationParams } from "@/lib/organisations/route-access";

export const serveLogo = routeHandler(
  { name: "organisations.logo.serve", access: { public: true }, params: organisationParams, refusal: bareRefusal },
  async ({ request, params }) => {
    const logo = await getLogo(params.id);
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
  },
);

export const uploadLogo = routeHandler(
  {
    name: "organisations.logo.upload",
    access: organisationEdit,
    params: organisationParams,
    upload: { maxFileBytes: MAX_LOGO_UPLOAD_BYTES },
    writes: true,
  },
  async ({ params, actor, upload }) => {
    try {
      await saveLogo(params.id, new Uint8Array(await upload.file.arrayBuffer()), actor.id);
    } catch (error) {
      if (error instanceof ImageError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
      throw error;
    }
    return Response.json({ saved: true });
  },
);
