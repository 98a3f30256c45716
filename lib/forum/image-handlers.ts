// /api/forum/images: POST (multipart: file, alt) keeps a picture for the post
// being written; /api/forum/images/[id]: GET shows it to those who may read it.
import "server-only";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { ImageError } from "@/lib/files/images";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { MAX_FORUM_IMAGE_BYTES, uploadForumImage, visibleImageFile } from "@/lib/forum/images";
import { admitImageUploader, type WriterRefusal } from "@/lib/forum/writers";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { permissionRefusal, readUploadedForm, refusal } from "@/lib/http/upload";
import { RECORD_ID } from "@/lib/validation/record-id";

const altSchema = z.string().trim().min(3, "forumImageAltTooShort").max(200, "forumImageAltTooLong");

export async function handleImageUpload(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const refused = permissionRefusal(user, "forum.post");
  if (refused || !user) return refused ?? refusal(401, "UNAUTHENTICATED");
  // Before the body is read: a refused writer's bytes are not worth receiving.
  try {
    await admitImageUploader(user);
  } catch (error) {
    if (!(error instanceof RuleRefusal)) throw error;
    return (error as RuleRefusal<WriterRefusal>).refusal === "suspended"
      ? refusal(403, "SUSPENDED")
      : refusal(429, "SLOW_DOWN");
  }
  const read = await readUploadedForm(request, MAX_FORUM_IMAGE_BYTES);
  if (read instanceof Response) return read;
  const alt = altSchema.safeParse(read.form.get("alt") ?? "");
  if (!alt.success)
    return Response.json(
      { error: { code: "INVALID", fields: { alt: alt.error.issues[0]!.message } } },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  try {
    const image = await uploadForumImage(user, { bytes: new Uint8Array(await read.file.arrayBuffer()), alt: alt.data });
    return Response.json(
      { saved: true, ...image, alt: alt.data },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    if (error instanceof ImageError || error instanceof UploadError)
      return refusal(
        error.failure === "TOO_LARGE" ? 413 : 400,
        error.failure === "TOO_LARGE" ? "TOO_LARGE" : "NOT_AN_IMAGE",
      );
    throw error;
  }
}

export async function handleImageDownload(request: Request, id: string): Promise<Response> {
  if (!RECORD_ID.test(id)) return new Response(null, { status: 404 });
  const visible = await visibleImageFile(await getCurrentUser(), id);
  if (!visible) return new Response(null, { status: 404 });
  return fileResponse(request, visible.fileId, visible.isPublic ? "public, max-age=300" : "private, no-store");
}
