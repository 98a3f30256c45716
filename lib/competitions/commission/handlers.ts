// GET /api/commission/{competitionId}/offers/{offerId}/pdf and
// …/attachments/{attachmentId}: an offer's current version and the files it
// was submitted with, for a commission member who may read it (design §3.3:
// a seat, the offer admitted, a declaration of no conflict). Anyone else, a
// member without a declaration or with a conflict included, gets a bare 404.
import "server-only";
import { z } from "zod";
import { memberOffer } from "@/lib/competitions/commission/access";
import { db } from "@/lib/db/client";
import { fileResponse } from "@/lib/files/stored-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { offerAttachmentFileName, offerNamingSelect, offerVersionFileName } from "@/lib/offers/file-names";
import { findVersion, offerPdfInput } from "@/lib/offers/pdf/data";
import { storedOnce } from "@/lib/offers/pdf/handlers";
import { renderOfferPdf } from "@/lib/offers/pdf/offer-pdf";
import { recordId } from "@/lib/validation/record-id";

const notFound = () => new Response(null, { status: 404 });

const offerParams = z.object({ competitionId: recordId, offerId: recordId });

/** The offer's current version when the actor may read it through the commission. */
async function readableCurrentVersion(
  competitionId: string,
  offerId: string,
  actor: Parameters<typeof memberOffer>[2],
) {
  const access = await memberOffer(competitionId, offerId, actor);
  if (!access?.readable || !access.offer.currentVersionId) return null;
  return db().offerVersion.findUnique({
    where: { id: access.offer.currentVersionId },
    select: { id: true, number: true },
  });
}

export const downloadCommissionOfferPdf = routeHandler(
  {
    name: "commission.offers.pdf",
    access: { permission: "files.download" },
    params: offerParams,
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const current = await readableCurrentVersion(params.competitionId, params.offerId, actor);
    const version = current ? await findVersion(params.offerId, current.number) : null;
    if (!version) return notFound();
    const name = offerVersionFileName(version.offer, "offer", version);
    const fileId = await storedOnce(version, "pdfFileId", name, async () => {
      const input = await offerPdfInput(version);
      return input ? renderOfferPdf(input) : null;
    });
    return fileId ? fileResponse(request, fileId, "private, no-store", () => name) : notFound();
  },
);

export const downloadCommissionOfferAttachment = routeHandler(
  {
    name: "commission.offers.attachment",
    access: { permission: "files.download" },
    params: offerParams.extend({ attachmentId: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const current = await readableCurrentVersion(params.competitionId, params.offerId, actor);
    if (!current) return notFound();
    // Only files of the version the member reads.
    const row = await db().offerVersionAttachment.findUnique({
      where: { versionId_attachmentId: { versionId: current.id, attachmentId: params.attachmentId } },
      select: {
        attachment: {
          select: {
            id: true,
            title: true,
            fileId: true,
            offer: { select: offerNamingSelect },
          },
        },
      },
    });
    if (!row) return notFound();
    return fileResponse(request, row.attachment.fileId, "private, no-store", (original: string) =>
      offerAttachmentFileName(row.attachment.offer, row.attachment, original),
    );
  },
);
