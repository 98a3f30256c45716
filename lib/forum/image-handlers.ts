// /api/forum/images: POST (multipart: file, alt) keeps a picture for the post
// being written; /api/forum/images/[id]: GET shows it to those who may read it.
import "server-only";
import { z } from "zod";
import { ImageError } from "@/lib/files/images";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { MAX_FORUM_IMAGE_BYTES, uploadForumImage, visibleImageFile } from "@/lib/forum/images";
import { admitImageUploader, type WriterRefusal } from "@/lib/forum/writers";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import { recordId } from "@/lib/validation/record-id";
import type { Actor } from "@/lib/auth/permissions";

const altSchema = z.string().trim().min(3, "forumImageAltTooShort").max(200, "forumImageAltTooLong");

/**
 * A picture upload's admission, before the body is read (a refused writer's
 * bytes are not worth receiving): a suspended person is refused, and pictures
 * count against the writer's rate limits. The forum's and the ideas board's.
 */
export async function admitPictureUpload({ actor }: { actor: Actor }): Promise<Response | null> {
  try {
    await admitImageUploader(actor);
    return null;
  } catch (error) {
    if (!(error instanceof RuleRefusal)) throw error;
    return (error as RuleRefusal<WriterRefusal>).refusal === "suspended"
      ? refusal(403, "SUSPENDED")
      : refusal(429, "SLOW_DOWN");
  }
}

export const handleImageUpload = routeHandler(
  {
    name: "forum.images.upload",
    access: { permission: "forum.post" },
    admit: admitPictureUpload,
    upload: { maxFileBytes: MAX_FORUM_IMAGE_BYTES },
  },
  async ({ actor, upload }) => {
    const alt = altSchema.safeParse(upload.form.get("alt") ?? "");
    if (!alt.success)
      return Response.json(
        { error: { code: "INVALID", fields: { alt: alt.error.issues[0]!.message } } },
        { status: 400 },
      );
    try {
      const image = await uploadForumImage(actor, {
        bytes: new Uint8Array(await upload.file.arrayBuffer()),
        alt: alt.data,
      });
      return Response.json({ saved: true, ...image, alt: alt.data }, { status: 201 });
    } catch (error) {
      if (error instanceof ImageError || error instanceof UploadError)
        return refusal(
          error.failure === "TOO_LARGE" ? 413 : 400,
          error.failure === "TOO_LARGE" ? "TOO_LARGE" : "NOT_AN_IMAGE",
        );
      throw error;
    }
  },
);

export const handleImageDownload = routeHandler(
  {
    name: "forum.images.download",
    access: { permission: "files.download" },
    params: z.object({ id: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const visible = await visibleImageFile(actor, params.id);
    if (!visible) return new Response(null, { status: 404 });
    return fileResponse(request, visible.fileId, visible.isPublic ? "public, max-age=300" : "private, no-store");
  },
);
