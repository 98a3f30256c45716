// Route handlers of an article's files (route handlers, since server actions
// cap bodies at 1 MB; removals are server actions in lib/news/actions.ts):
//   POST   /api/news/[id]/images                      multipart: file, alt, cover ("1")
//   GET    /api/news/images/[imageId]
//   POST   /api/news/[id]/attachments                 multipart: file, title
//   GET    /api/news/[id]/attachments/[attachmentId]
import "server-only";
import { z } from "zod";
import { ImageError } from "@/lib/files/images";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import {
  addArticleAttachment,
  addArticleImage,
  MAX_NEWS_ATTACHMENT_BYTES,
  MAX_NEWS_IMAGE_BYTES,
  newsAttachmentTitleSchema,
  newsImageAltSchema,
  visibleNewsAttachment,
  visibleNewsImage,
} from "@/lib/news/files";
import { recordId } from "@/lib/validation/record-id";

const articleParams = z.object({ id: recordId });
const invalid = (field: string, message: string) =>
  Response.json({ error: { code: "INVALID", fields: { [field]: message } } }, { status: 400 });

/** Turns the domain's refusals about a file into answers; anything else is thrown on. */
function answerFor(error: unknown): Response {
  if (error instanceof ImageError || error instanceof UploadError) {
    if (error.failure === "TOO_LARGE") return refusal(413, "TOO_LARGE");
    return refusal(400, error instanceof ImageError ? "NOT_AN_IMAGE" : error.failure);
  }
  if (error instanceof FieldRuleError) return invalid(error.problems[0]!.field, error.problems[0]!.message);
  throw error;
}

// Writing is "news.write" (everyone signed in); for which author is checked in
// lib/news against the article found on the server.
export const uploadImage = routeHandler(
  {
    name: "news.images.upload",
    access: { permission: "news.write" },
    params: articleParams,
    upload: { maxFileBytes: MAX_NEWS_IMAGE_BYTES },
    writes: true,
  },
  async ({ params, actor, upload }) => {
    const alt = newsImageAltSchema.safeParse(upload.form.get("alt") ?? "");
    if (!alt.success) return invalid("alt", alt.error.issues[0]!.message);
    try {
      const image = await addArticleImage(actor, params.id, {
        bytes: new Uint8Array(await upload.file.arrayBuffer()),
        alt: alt.data,
        cover: upload.form.get("cover") === "1",
      });
      return Response.json({ saved: true, ...image }, { status: 201 });
    } catch (error) {
      return answerFor(error);
    }
  },
);

export const downloadImage = routeHandler(
  {
    name: "news.images.download",
    access: { permission: "files.download" },
    params: z.object({ id: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const visible = await visibleNewsImage(actor, params.id);
    if (!visible) return new Response(null, { status: 404 });
    return fileResponse(request, visible.fileId, visible.isPublic ? "public, max-age=3600" : "private, no-store");
  },
);

export const uploadAttachment = routeHandler(
  {
    name: "news.attachments.upload",
    access: { permission: "news.write" },
    params: articleParams,
    upload: { maxFileBytes: MAX_NEWS_ATTACHMENT_BYTES },
    writes: true,
  },
  async ({ params, actor, upload }) => {
    const title = newsAttachmentTitleSchema.safeParse(upload.form.get("title") ?? "");
    if (!title.success) return invalid("title", title.error.issues[0]!.message);
    try {
      const attachment = await addArticleAttachment(actor, params.id, title.data, {
        bytes: new Uint8Array(await upload.file.arrayBuffer()),
        name: upload.file.name,
      });
      return Response.json({ saved: true, id: attachment.id }, { status: 201 });
    } catch (error) {
      return answerFor(error);
    }
  },
);

export const downloadAttachment = routeHandler(
  {
    name: "news.attachments.download",
    access: { permission: "files.download" },
    params: z.object({ id: recordId, attachmentId: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const visible = await visibleNewsAttachment(actor, params.id, params.attachmentId);
    if (!visible) return new Response(null, { status: 404 });
    return fileResponse(request, visible.fileId, visible.isPublic ? "public, max-age=300" : "private, no-store");
  },
);
