// Route handlers of an article's files (route handlers, since server actions
// cap bodies at 1 MB):
//   POST   /api/news/[id]/images                      multipart: file, alt, cover ("1")
//   DELETE /api/news/[id]/images/[imageId]
//   GET    /api/news/images/[imageId]
//   POST   /api/news/[id]/attachments                 multipart: file, title
//   GET    /api/news/[id]/attachments/[attachmentId]
//   DELETE /api/news/[id]/attachments/[attachmentId]
import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { publicDataChanged } from "@/lib/cache/public-data";
import { AppError } from "@/lib/errors";
import { ImageError } from "@/lib/files/images";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { permissionRefusal, readUploadedForm, refusal } from "@/lib/http/upload";
import {
  addArticleAttachment,
  addArticleImage,
  MAX_NEWS_ATTACHMENT_BYTES,
  MAX_NEWS_IMAGE_BYTES,
  newsAttachmentTitleSchema,
  newsImageAltSchema,
  removeArticleAttachment,
  removeArticleImage,
  visibleNewsAttachment,
  visibleNewsImage,
} from "@/lib/news/files";
import { recordId } from "@/lib/validation/record-id";

const idSchema = recordId;
const noStore = { "Cache-Control": "no-store" };
const invalid = (field: string, message: string) =>
  Response.json({ error: { code: "INVALID", fields: { [field]: message } } }, { status: 400, headers: noStore });

async function writer() {
  const user = await getCurrentUser();
  return { user, refused: permissionRefusal(user, "news.write") };
}

/** Turns the domain's refusals into answers; anything else is thrown on. */
function answerFor(error: unknown): Response {
  if (error instanceof ImageError || error instanceof UploadError) {
    if (error.failure === "TOO_LARGE") return refusal(413, "TOO_LARGE");
    return refusal(400, error instanceof ImageError ? "NOT_AN_IMAGE" : error.failure);
  }
  if (error instanceof FieldRuleError) return invalid(error.problems[0]!.field, error.problems[0]!.message);
  if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "CONFLICT"))
    return refusal(error.code === "NOT_FOUND" ? 404 : 409, error.code);
  throw error;
}

export async function uploadImage(request: Request, articleId: string): Promise<Response> {
  const { user, refused } = await writer();
  if (refused || !user) return refused ?? refusal(401, "UNAUTHENTICATED");
  if (!idSchema.safeParse(articleId).success) return refusal(404, "NOT_FOUND");
  const read = await readUploadedForm(request, MAX_NEWS_IMAGE_BYTES);
  if (read instanceof Response) return read;
  const alt = newsImageAltSchema.safeParse(read.form.get("alt") ?? "");
  if (!alt.success) return invalid("alt", alt.error.issues[0]!.message);
  try {
    const image = await addArticleImage(user, articleId, {
      bytes: new Uint8Array(await read.file.arrayBuffer()),
      alt: alt.data,
      cover: read.form.get("cover") === "1",
    });
    publicDataChanged();
    return Response.json({ saved: true, ...image }, { status: 201, headers: noStore });
  } catch (error) {
    return answerFor(error);
  }
}

export async function deleteImage(articleId: string, imageId: string): Promise<Response> {
  const { user, refused } = await writer();
  if (refused || !user) return refused ?? refusal(401, "UNAUTHENTICATED");
  if (!idSchema.safeParse(articleId).success || !idSchema.safeParse(imageId).success) return refusal(404, "NOT_FOUND");
  try {
    const outcome = await removeArticleImage(user, articleId, imageId);
    if (outcome === "inUse") return refusal(409, "IMAGE_IN_USE");
    publicDataChanged();
    return Response.json({ removed: true }, { headers: noStore });
  } catch (error) {
    return answerFor(error);
  }
}

export async function downloadImage(request: Request, imageId: string): Promise<Response> {
  if (!idSchema.safeParse(imageId).success) return new Response(null, { status: 404 });
  const visible = await visibleNewsImage(await getCurrentUser(), imageId);
  if (!visible) return new Response(null, { status: 404 });
  return fileResponse(request, visible.fileId, visible.isPublic ? "public, max-age=3600" : "private, no-store");
}

export async function uploadAttachment(request: Request, articleId: string): Promise<Response> {
  const { user, refused } = await writer();
  if (refused || !user) return refused ?? refusal(401, "UNAUTHENTICATED");
  if (!idSchema.safeParse(articleId).success) return refusal(404, "NOT_FOUND");
  const read = await readUploadedForm(request, MAX_NEWS_ATTACHMENT_BYTES);
  if (read instanceof Response) return read;
  const title = newsAttachmentTitleSchema.safeParse(read.form.get("title") ?? "");
  if (!title.success) return invalid("title", title.error.issues[0]!.message);
  try {
    const attachment = await addArticleAttachment(user, articleId, title.data, {
      bytes: new Uint8Array(await read.file.arrayBuffer()),
      name: read.file.name,
    });
    publicDataChanged();
    return Response.json({ saved: true, id: attachment.id }, { status: 201, headers: noStore });
  } catch (error) {
    return answerFor(error);
  }
}

export async function deleteAttachment(articleId: string, attachmentId: string): Promise<Response> {
  const { user, refused } = await writer();
  if (refused || !user) return refused ?? refusal(401, "UNAUTHENTICATED");
  if (!idSchema.safeParse(articleId).success || !idSchema.safeParse(attachmentId).success)
    return refusal(404, "NOT_FOUND");
  try {
    if (!(await removeArticleAttachment(user, articleId, attachmentId))) return refusal(404, "NOT_FOUND");
    publicDataChanged();
    return Response.json({ removed: true }, { headers: noStore });
  } catch (error) {
    return answerFor(error);
  }
}

export async function downloadAttachment(request: Request, articleId: string, attachmentId: string): Promise<Response> {
  if (!idSchema.safeParse(articleId).success || !idSchema.safeParse(attachmentId).success)
    return new Response(null, { status: 404 });
  const visible = await visibleNewsAttachment(await getCurrentUser(), articleId, attachmentId);
  if (!visible) return new Response(null, { status: 404 });
  return fileResponse(request, visible.fileId, visible.isPublic ? "public, max-age=300" : "private, no-store");
}
