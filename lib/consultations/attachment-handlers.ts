// /api/consultations/[id]/attachments: POST (multipart: file, title) adds one;
// /api/consultations/[id]/attachments/[attachmentId]: GET downloads it.
// Adding needs consultations.manage in the organiser, and the consultation's
// stage allows less and less (lib/consultations/attachments.ts); removing is
// removeConsultationAttachmentAction.
import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import {
  addAttachment,
  AttachmentRuleError,
  attachmentTitleSchema,
  MAX_ATTACHMENT_BYTES,
} from "@/lib/consultations/attachments";
import { attachmentFileId } from "@/lib/consultations/queries";
import { recordId } from "@/lib/validation/record-id";

async function organiser(id: string) {
  return db().consultation.findUnique({ where: { id }, select: { id: true, status: true, institutionId: true } });
}

export const uploadAttachment = routeHandler(
  {
    name: "consultations.attachments.upload",
    access: {
      permission: "consultations.manage",
      scopeOf: async ({ id }) => {
        const consultation = await organiser(id);
        return consultation ? { institutionId: consultation.institutionId } : null;
      },
    },
    params: z.object({ id: recordId }),
    upload: { maxFileBytes: MAX_ATTACHMENT_BYTES },
    writes: true,
  },
  async ({ params, actor, meta, upload }) => {
    const title = attachmentTitleSchema.safeParse(upload.form.get("title") ?? "");
    if (!title.success)
      return Response.json(
        { error: { code: "INVALID", fields: { title: title.error.issues[0]!.message } } },
        { status: 400 },
      );
    try {
      const attachment = await addAttachment(
        params.id,
        title.data,
        { bytes: new Uint8Array(await upload.file.arrayBuffer()), name: upload.file.name },
        { userId: actor.id, ip: meta.ip },
      );
      return Response.json({ saved: true, id: attachment.id }, { status: 201 });
    } catch (error) {
      if (error instanceof UploadError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
      if (error instanceof AttachmentRuleError) return refusal(409, error.refusal);
      throw error;
    }
  },
);

export const downloadAttachment = routeHandler(
  {
    name: "consultations.attachments.download",
    access: { permission: "files.download" },
    params: z.object({ id: recordId, attachmentId: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const consultation = await organiser(params.id);
    if (!consultation) return new Response(null, { status: 404 });
    // A draft's attachments are its officials' only.
    const manages = can(actor, "consultations.manage", { institutionId: consultation.institutionId });
    if (consultation.status === "DRAFT" && !manages) return new Response(null, { status: 404 });
    const fileId = await attachmentFileId(consultation.id, params.attachmentId);
    if (!fileId) return new Response(null, { status: 404 });
    return fileResponse(request, fileId, consultation.status === "DRAFT" ? "private, no-store" : "public, max-age=300");
  },
);
