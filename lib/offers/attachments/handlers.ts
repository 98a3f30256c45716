// The attachments routes of a draft: POST /api/offers/[id]/attachments adds
// a file for one required attachment (multipart: file, title, requirementId,
// organisationId for a per-applicant one); GET …/[attachmentId] gives it back
// to the applicants' members and, once it may read the offer, to the
// addressed office. Removal is a server action. The reading rule lives here,
// not in files.ts: the demo launcher loads files.ts, and the offices' rule
// (submission/policy.ts) is server-only.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import {
  addOfferAttachment,
  MAX_OFFER_ATTACHMENT_BYTES,
  offerAttachmentFormSchema,
  attachableOfferSelect,
} from "@/lib/offers/attachments/files";
import { offerPrepareScope } from "@/lib/offers/drafts/scope";
import { offerAttachmentFileName, offerNamingSelect } from "@/lib/offers/file-names";
import { mayViewOffer } from "@/lib/offers/policy";
import { databaseNow } from "@/lib/db/clock";
import { isOfficeReader, officeReadableSelect } from "@/lib/offers/submission/policy";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { recordId } from "@/lib/validation/record-id";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
};

/**
 * The file of an attachment, and the name it is downloaded under: for a
 * member of one of the offer's applicants, any of the offer's; for the
 * addressed office's officials, once they may read the offer
 * (isOfficeReader), only those its current version was submitted with. Null
 * otherwise.
 */
export async function visibleOfferAttachment(
  actor: Actor | null,
  offerId: string,
  attachmentId: string,
  /** For tests; by default the database's clock, which also decides submissions (L5). */
  now?: Date,
) {
  const attachment = await db().offerAttachment.findFirst({
    where: { id: attachmentId, offerId },
    select: {
      id: true,
      fileId: true,
      title: true,
      offer: {
        select: {
          ...attachableOfferSelect,
          ...officeReadableSelect,
          ...offerNamingSelect,
          competition: { select: { ...officeReadableSelect.competition.select, slug: true } },
          currentVersionId: true,
        },
      },
      versions: { select: { versionId: true } },
    },
  });
  if (!attachment) return null;
  const visible = {
    fileId: attachment.fileId,
    name: (original: string) => offerAttachmentFileName(attachment.offer, attachment, original),
  };
  if (mayViewOffer(actor, attachment.offer)) return visible;
  const submitted = attachment.versions.some((v) => v.versionId === attachment.offer.currentVersionId);
  return submitted && isOfficeReader(actor, attachment.offer, now ?? (await databaseNow())) ? visible : null;
}

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
    const visible = await visibleOfferAttachment(actor, params.id, params.attachmentId);
    if (!visible) return new Response(null, { status: 404 });
    return fileResponse(request, visible.fileId, "private, no-store", visible.name);
  },
);
