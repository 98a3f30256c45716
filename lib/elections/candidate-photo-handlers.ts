// /api/elections/[id]/photos: POST (multipart, field "file") keeps a
// candidate's photo for the nomination being written;
// /api/elections/[id]/candidates/[nominationId]/photo: GET shows it to those
// who may see it (lib/elections/candidate-photos.ts).
import "server-only";
import { z } from "zod";
import { ImageError } from "@/lib/files/images";
import { fileResponse } from "@/lib/files/stored-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import { MAX_PHOTO_UPLOAD_BYTES, uploadCandidatePhoto, visiblePhotoFileId } from "@/lib/elections/candidate-photos";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { recordId } from "@/lib/validation/record-id";

export const uploadPhoto = routeHandler(
  {
    name: "elections.photos.upload",
    access: { permission: "elections.takePart" },
    params: z.object({ id: recordId }),
    upload: { maxFileBytes: MAX_PHOTO_UPLOAD_BYTES },
  },
  async ({ params, actor, upload }) => {
    try {
      const { photoId } = await uploadCandidatePhoto(actor, params.id, new Uint8Array(await upload.file.arrayBuffer()));
      return Response.json({ saved: true, photoId }, { status: 201 });
    } catch (error) {
      if (error instanceof ImageError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
      if (error instanceof RuleRefusal) return refusal(409, "NOMINATIONS_CLOSED");
      throw error;
    }
  },
);

export const servePhoto = routeHandler(
  {
    name: "elections.photos.serve",
    access: { permission: "files.download" },
    params: z.object({ id: recordId, nominationId: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const visible = await visiblePhotoFileId(actor, params.id, params.nominationId);
    if (!visible) return new Response(null, { status: 404 });
    return fileResponse(request, visible.fileId, visible.isPublic ? "public, max-age=300" : "private, no-store");
  },
);
