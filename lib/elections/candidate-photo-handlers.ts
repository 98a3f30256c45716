// /api/elections/[id]/photos: POST (multipart, field "file") keeps a
// candidate's photo for the nomination being written;
// /api/elections/[id]/candidates/[nominationId]/photo: GET shows it to those
// who may see it (lib/elections/candidate-photos.ts).
import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { ImageError } from "@/lib/files/images";
import { fileResponse } from "@/lib/files/stored-files";
import { permissionRefusal, readUploadedFile, refusal } from "@/lib/http/upload";
import { MAX_PHOTO_UPLOAD_BYTES, uploadCandidatePhoto, visiblePhotoFileId } from "@/lib/elections/candidate-photos";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { recordId } from "@/lib/validation/record-id";

const idSchema = recordId;

export async function uploadPhoto(request: Request, electionId: string): Promise<Response> {
  if (!idSchema.safeParse(electionId).success) return refusal(404, "NOT_FOUND");
  const user = await getCurrentUser();
  const refused = permissionRefusal(user, "elections.takePart");
  if (refused || !user) return refused ?? refusal(401, "UNAUTHENTICATED");
  const file = await readUploadedFile(request, MAX_PHOTO_UPLOAD_BYTES);
  if (file instanceof Response) return file;
  try {
    const { photoId } = await uploadCandidatePhoto(user, electionId, new Uint8Array(await file.arrayBuffer()));
    return Response.json({ saved: true, photoId }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof ImageError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
    if (error instanceof RuleRefusal) return refusal(409, "NOMINATIONS_CLOSED");
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN"))
      return refusal(error.code === "NOT_FOUND" ? 404 : 403, error.code);
    throw error;
  }
}

export async function servePhoto(request: Request, electionId: string, nominationId: string): Promise<Response> {
  if (!idSchema.safeParse(electionId).success || !idSchema.safeParse(nominationId).success)
    return new Response(null, { status: 404 });
  const visible = await visiblePhotoFileId(await getCurrentUser(), electionId, nominationId);
  if (!visible) return new Response(null, { status: 404 });
  return fileResponse(request, visible.fileId, visible.isPublic ? "public, max-age=300" : "private, no-store");
}
