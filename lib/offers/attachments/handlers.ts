// The attachments routes of a draft: POST /api/offers/[id]/attachments adds
// a file for one required attachment (multipart: file, title, requirementId,
// organisationId for a per-applicant one); GET …/[attachmentId] gives it back
// to the applicants' members. Removal is a server action.
import "server-only";
import { z } from "zod";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import {
  addOfferAttachment,
  MAX_OFFER_ATTACHMENT_BYTES,
  offerAttachmentFormSchema,
  visibleOfferAttachment,
} from "@/lib/offers/attachments/files";
import { offerPrepareScope } from "@/lib/offers/drafts/scope";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { recordId } from "@/lib/validation/record-id";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
};

export const uploadOfferAttachment = routeHandler(
  {
    name: "offers.attachments.upload",
    access: { permission: "offers.prepare", scopeOf: (params: { id: string }) => offerPrepareScope(params.id) },
    params: z.object({ id: recordId }),
    upload: { maxFileBytes: MAX_OFFER_ATTACHMENT_BYTES },
  },
  async ({ params, actor, upload }) => {
    const target = offerAttachmentFormSchema.safeParse({
      title: field(upload.form, "title") ?? "",
      requirementId: field(upload.form, "requirementId"),
      organisationId: field(upload.form, "organisationId"),
    });
    if (!target.success) {
      const issue = target.error.issues[0]!;
      return Response.json(
        { error: { code: "INVALID", fields: { [String(issue.path[0])]: issue.message } } },
        { status: 400, headers: { "Cache-Control": "no-store" } },
      );
    }
    try {
      const attachment = await addOfferAttachment(actor, params.id, target.data, {
        bytes: new Uint8Array(await upload.file.arrayBuffer()),
        name: upload.file.name,
      });
      return Response.json({ saved: true, ...attachment }, { status: 201 });
    } catch (error) {
      if (error instanceof UploadError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
      if (error instanceof RuleRefusal) return refusal(409, error.refusal);
      throw error;
    }
  },
);

export const downloadOfferAttachment = routeHandler(
  {
    name: "offers.attachments.download",
    access: { permission: "files.download" },
    params: z.object({ id: recordId, attachmentId: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const fileId = await visibleOfferAttachment(actor, params.id, params.attachmentId);
    if (!fileId) return new Response(null, { status: 404 });
    return fileResponse(request, fileId, "private, no-store");
  },
);
