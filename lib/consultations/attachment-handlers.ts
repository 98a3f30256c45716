// /api/consultations/[id]/attachments: POST (multipart: file, title) adds one;
// /api/consultations/[id]/attachments/[attachmentId]: GET downloads it,
// DELETE removes it. Changes need consultations.manage in the organiser, and
// the consultation's stage allows less and less (lib/consultations/attachments.ts).
import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { clientIp } from "@/lib/http/request-context";
import { permissionRefusal, readUploadedForm, refusal } from "@/lib/http/upload";
import {
  addAttachment,
  AttachmentRuleError,
  attachmentTitleSchema,
  MAX_ATTACHMENT_BYTES,
  removeAttachment,
} from "@/lib/consultations/attachments";
import { attachmentFileId } from "@/lib/consultations/queries";
import { recordId } from "@/lib/validation/record-id";

const idSchema = recordId;

async function organiser(id: string) {
  if (!idSchema.safeParse(id).success) return null;
  return db().consultation.findUnique({ where: { id }, select: { id: true, status: true, institutionId: true } });
}

async function authorise(id: string): Promise<{ userId: string; ip: string | null } | Response> {
  const consultation = await organiser(id);
  if (!consultation) return refusal(404, "NOT_FOUND");
  const user = await getCurrentUser();
  const refused = permissionRefusal(user, "consultations.manage", { institutionId: consultation.institutionId });
  if (refused || !user) return refused ?? refusal(401, "UNAUTHENTICATED");
  return { userId: user.id, ip: await clientIp() };
}

function conflict(error: unknown): Response | null {
  if (error instanceof AttachmentRuleError) return refusal(409, error.refusal);
  return error instanceof AppError && error.code === "CONFLICT" ? refusal(409, "CONFLICT") : null;
}

export async function uploadAttachment(request: Request, id: string): Promise<Response> {
  const allowed = await authorise(id);
  if (allowed instanceof Response) return allowed;
  const read = await readUploadedForm(request, MAX_ATTACHMENT_BYTES);
  if (read instanceof Response) return read;
  const title = attachmentTitleSchema.safeParse(read.form.get("title") ?? "");
  if (!title.success)
    return Response.json(
      { error: { code: "INVALID", fields: { title: title.error.issues[0]!.message } } },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  try {
    const attachment = await addAttachment(
      id,
      title.data,
      { bytes: new Uint8Array(await read.file.arrayBuffer()), name: read.file.name },
      allowed,
    );
    publicDataChanged();
    return Response.json({ saved: true, id: attachment.id }, { status: 201 });
  } catch (error) {
    if (error instanceof UploadError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
    const refused = conflict(error);
    if (refused) return refused;
    throw error;
  }
}

export async function deleteAttachment(id: string, attachmentId: string): Promise<Response> {
  const allowed = await authorise(id);
  if (allowed instanceof Response) return allowed;
  try {
    if (!idSchema.safeParse(attachmentId).success || !(await removeAttachment(id, attachmentId, allowed)))
      return refusal(404, "NOT_FOUND");
  } catch (error) {
    const refused = conflict(error);
    if (refused) return refused;
    throw error;
  }
  publicDataChanged();
  return Response.json({ removed: true });
}

export async function downloadAttachment(request: Request, id: string, attachmentId: string): Promise<Response> {
  const consultation = await organiser(id);
  if (!consultation || !idSchema.safeParse(attachmentId).success) return new Response(null, { status: 404 });
  // A draft's attachments are its officials' only.
  const manages = can(await getCurrentUser(), "consultations.manage", { institutionId: consultation.institutionId });
  if (consultation.status === "DRAFT" && !manages) return new Response(null, { status: 404 });
  const fileId = await attachmentFileId(consultation.id, attachmentId);
  if (!fileId) return new Response(null, { status: 404 });
  return fileResponse(request, fileId, consultation.status === "DRAFT" ? "private, no-store" : "public, max-age=300");
}
