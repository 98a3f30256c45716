// /api/offers/{id}/confirmations: POST (multipart: file, channel) uploads the
// confirmation signed electronically, by the lead organisation's owners and
// editors; …/confirmations/{confirmationId}: GET downloads it, for the
// applicants' members and the office once it sees the offer.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { extensionOf } from "@/lib/files/download-name";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import { addSignedConfirmation, MAX_CONFIRMATION_BYTES } from "@/lib/offers/confirmations/mutations";
import { uploadChannelSchema } from "@/lib/offers/confirmations/schemas";
import { offerVersionFileName, offerNamingSelect } from "@/lib/offers/file-names";
import { offerLeadScope, offerReader } from "@/lib/offers/submission/policy";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { recordId } from "@/lib/validation/record-id";

export const uploadSignedConfirmation = routeHandler(
  {
    name: "offers.confirmations.upload",
    access: { permission: "offers.submit", scopeOf: ({ id }) => offerLeadScope(id) },
    params: z.object({ id: recordId }),
    upload: { maxFileBytes: MAX_CONFIRMATION_BYTES },
  },
  async ({ params, actor, upload }) => {
    const channel = uploadChannelSchema.safeParse(upload.form.get("channel"));
    if (!channel.success)
      return Response.json({ error: { code: "INVALID", fields: { channel: "required" } } }, { status: 400 });
    try {
      const confirmation = await addSignedConfirmation(
        params.id,
        channel.data,
        { bytes: new Uint8Array(await upload.file.arrayBuffer()), name: upload.file.name },
        actor,
      );
      return Response.json({ saved: true, id: confirmation.id }, { status: 201 });
    } catch (error) {
      if (error instanceof UploadError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
      if (error instanceof RuleRefusal) return refusal(409, error.refusal);
      throw error;
    }
  },
);

export const downloadSignedConfirmation = routeHandler(
  {
    name: "offers.confirmations.download",
    access: { permission: "files.download" },
    params: z.object({ id: recordId, confirmationId: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const confirmation = await db().offerConfirmation.findUnique({
      where: { id: params.confirmationId },
      select: {
        fileId: true,
        version: { select: { offerId: true, number: true, shortChecksum: true, offer: { select: offerNamingSelect } } },
      },
    });
    if (!confirmation?.fileId || confirmation.version.offerId !== params.id) return new Response(null, { status: 404 });
    if (!(await offerReader(actor, params.id))) return new Response(null, { status: 404 });
    const { version } = confirmation;
    return fileResponse(request, confirmation.fileId, "private, no-store", (original) =>
      offerVersionFileName(version.offer, "signedConfirmation", version, extensionOf(original)),
    );
  },
);
