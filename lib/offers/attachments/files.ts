// The files attached to a draft for the competition's required attachments.
// Added and removed only while the offer is a draft, by whoever may prepare
// it (or, for a submitted offer the office asked to correct, by the lead's
// people for the requirements the request names, until its day ends); a file
// is tied to a requirement of the offer's competition and, for a
// per-applicant requirement, to one of the offer's applicants. A file some
// submitted version refers to is never removed (the version keeps its hash).
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { arrivalTime } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DOCUMENT_KINDS } from "@/lib/files/kinds";
import { deleteStoredFile, storeUpload } from "@/lib/files/stored-files";
import { requirementsNamedBy } from "@/lib/offers/corrections/named";
import { applicantOrganisationIds, assertDraft, mayPrepareOffer } from "@/lib/offers/policy";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export const MAX_OFFER_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_OFFER_ATTACHMENTS = 60;

export const offerAttachmentFormSchema = z.object({
  title: z.string().trim().min(2, "documentTitleTooShort").max(200, "documentTitleTooLong"),
  requirementId: z.string().min(1).max(64),
  organisationId: z.string().min(1).max(64).optional(),
});

export const attachableOfferSelect = {
  id: true,
  status: true,
  competitionId: true,
  leadOrganisationId: true,
  coApplicants: { select: { organisationId: true, acceptedAt: true } },
} as const;

/**
 * The draft the actor may attach files to. `arrived` is when the request came
 * (arrivalTime): the files are frozen into a version like the sections, so a
 * change that arrived after the competition's deadline is refused, as a
 * section save is (lib/offers/drafts/mutations.ts).
 */
async function attachableOffer(
  actor: Actor,
  offerId: string,
  arrived: Date,
  tx: Prisma.TransactionClient = db(),
  /** The requirement the file is (or is to be) for: a correction allows only those it names. */
  requirementId?: string | null,
) {
  const offer = await tx.offer.findUnique({
    where: { id: offerId },
    select: {
      ...attachableOfferSelect,
      competition: { select: { offersDeadline: true } },
      corrections: { where: { status: "OPEN" }, select: { dueAt: true, parts: true } },
    },
  });
  if (!offer || !mayPrepareOffer(actor, offer)) throw new AppError("NOT_FOUND", "offer attachment");
  const correction = offer.status === "SUBMITTED" ? offer.corrections[0] : undefined;
  if (correction) {
    // A submitted offer the office asked to correct (issue 26): the lead's people replace the files of the
    // requirements the request names, until its day ends (lib/offers/corrections/mutations.ts, same rules).
    if (!can(actor, "offers.correct", { organisationId: offer.leadOrganisationId }))
      throw new AppError("NOT_FOUND", "offer attachment");
    if (arrived.getTime() > correction.dueAt.getTime()) throw new RuleRefusal("CORRECTION_DEADLINE_PASSED");
    if (requirementId !== undefined && !requirementsNamedBy(correction.parts).includes(requirementId ?? ""))
      throw new RuleRefusal("CORRECTION_OUTSIDE_NAMED_PARTS");
    return offer;
  }
  assertDraft(offer);
  if (offer.competition && arrived >= offer.competition.offersDeadline) throw new RuleRefusal("DEADLINE_PASSED");
  return offer;
}

async function checkTarget(
  tx: Prisma.TransactionClient,
  offer: Awaited<ReturnType<typeof attachableOffer>>,
  target: { requirementId: string; organisationId?: string },
) {
  const requirement = await tx.attachmentRequirement.findFirst({
    where: { id: target.requirementId, competitionId: offer.competitionId ?? "" },
    select: { id: true },
  });
  if (!requirement) throw new RuleRefusal("REQUIREMENT_NOT_FOUND");
  if (target.organisationId && !applicantOrganisationIds(offer).includes(target.organisationId))
    throw new RuleRefusal("NOT_AN_APPLICANT");
}

export async function addOfferAttachment(
  actor: Actor,
  offerId: string,
  target: z.output<typeof offerAttachmentFormSchema>,
  upload: { bytes: Uint8Array; name: string },
): Promise<{ id: string }> {
  // Refused before the bytes are stored; checked again under the offer's lock.
  const arrived = await arrivalTime();
  const offer = await attachableOffer(actor, offerId, arrived, db(), target.requirementId);
  await checkTarget(db(), offer, target);
  return storeUpload(
    { ...upload, uploadedById: actor.id },
    { accepted: DOCUMENT_KINDS, maxBytes: MAX_OFFER_ATTACHMENT_BYTES },
    async (tx, file) => {
      // A submission takes the same lock: a file is attached to a draft or not at all.
      await tx.$queryRaw`SELECT id FROM "Offer" WHERE id = ${offerId} FOR NO KEY UPDATE`;
      const locked = await attachableOffer(actor, offerId, arrived, tx, target.requirementId);
      if ((await tx.offerAttachment.count({ where: { offerId } })) >= MAX_OFFER_ATTACHMENTS)
        throw new AppError("CONFLICT", "too many offer attachments");
      await checkTarget(tx, locked, target);
      return tx.offerAttachment.create({
        data: {
          offerId,
          requirementId: target.requirementId,
          organisationId: target.organisationId ?? null,
          fileId: file.id,
          title: target.title,
          uploadedById: actor.id,
        },
        select: { id: true },
      });
    },
  );
}

export async function removeOfferAttachment(actor: Actor, offerId: string, attachmentId: string): Promise<void> {
  const arrived = await arrivalTime();
  const deleteBytes = await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Offer" WHERE id = ${offerId} FOR NO KEY UPDATE`;
    const attachment = await tx.offerAttachment.findFirst({
      where: { id: attachmentId, offerId },
      select: { id: true, fileId: true, requirementId: true, _count: { select: { versions: true } } },
    });
    await attachableOffer(actor, offerId, arrived, tx, attachment?.requirementId ?? null);
    if (!attachment) throw new RuleRefusal("ATTACHMENT_NOT_FOUND");
    if (attachment._count.versions > 0) throw new RuleRefusal("ATTACHMENT_SUBMITTED");
    await tx.offerAttachment.delete({ where: { id: attachment.id } });
    return deleteStoredFile(tx, attachment.fileId);
  });
  await deleteBytes();
}
