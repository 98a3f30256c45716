// Confirmations of submission: the lead organisation uploads the confirmation
// signed electronically (a PAdES PDF, or XAdES XML from the trusted profile),
// the office records one that came on paper, and accepts or rejects an
// uploaded one with a reason the applicants are told. The platform does not
// verify signatures (no offline trust list): the official decides. Each
// confirmation belongs to the version that was current when it came.
import "server-only";
import { db } from "@/lib/db/client";
import type { ConfirmationChannel } from "@/lib/generated/prisma/enums";
import { storeUpload } from "@/lib/files/stored-files";
import { offerSubject } from "@/lib/offers/notification-links";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import type { UploadChannel } from "@/lib/offers/confirmations/schemas";

export const MAX_CONFIRMATION_BYTES = 20 * 1024 * 1024;
/** Files awaiting the office's decision per version: enough for every signer's copy, not a free file store. */
export const MAX_PENDING_CONFIRMATIONS = 10;

export type UploadRefusal = "NOT_SUBMITTED" | "CHANNEL_NOT_ACCEPTED" | "TOO_MANY_CONFIRMATIONS";
export type DecisionRefusal = "ALREADY_DECIDED" | "NOT_VISIBLE";

export async function addSignedConfirmation(
  offerId: string,
  channel: UploadChannel,
  upload: { bytes: Uint8Array; name: string },
  actor: { id: string },
): Promise<{ id: string }> {
  const offer = await db().offer.findUniqueOrThrow({
    where: { id: offerId },
    select: { status: true, currentVersionId: true, competition: { select: { confirmationChannels: true } } },
  });
  if (offer.status !== "SUBMITTED" || !offer.currentVersionId) throw new RuleRefusal<UploadRefusal>("NOT_SUBMITTED");
  if (!offer.competition?.confirmationChannels.includes(channel))
    throw new RuleRefusal<UploadRefusal>("CHANNEL_NOT_ACCEPTED");
  const versionId = offer.currentVersionId;
  return storeUpload(
    { bytes: upload.bytes, name: upload.name, uploadedById: actor.id },
    { accepted: ["pdf", "xades"], maxBytes: MAX_CONFIRMATION_BYTES },
    async (tx, file) => {
      // Checked again under the offer's lock (security review L2): a reopen or withdrawal while the file
      // was being stored would otherwise attach it to a version that is no longer the submitted one.
      await tx.$queryRaw`SELECT id FROM "Offer" WHERE id = ${offerId} FOR UPDATE`;
      const now = await tx.offer.findUniqueOrThrow({
        where: { id: offerId },
        select: { status: true, currentVersionId: true },
      });
      if (now.status !== "SUBMITTED" || now.currentVersionId !== versionId)
        throw new RuleRefusal<UploadRefusal>("NOT_SUBMITTED");
      const pending = await tx.offerConfirmation.count({ where: { versionId, status: "UPLOADED" } });
      if (pending >= MAX_PENDING_CONFIRMATIONS) throw new RuleRefusal<UploadRefusal>("TOO_MANY_CONFIRMATIONS");
      return tx.offerConfirmation.create({
        data: { versionId, channel, fileId: file.id, receivedAt: new Date(), recordedById: actor.id },
        select: { id: true },
      });
    },
  );
}

/** A paper confirmation the office received: recorded as accepted on its day of receipt. */
export async function recordPaperConfirmation(
  offerId: string,
  input: { receivedAt: Date; signers: { name: string; function: string }[] },
  actor: { id: string },
): Promise<{ id: string }> {
  const offer = await db().offer.findUniqueOrThrow({
    where: { id: offerId },
    select: { currentVersionId: true, status: true },
  });
  // A withdrawn offer is taken back: its confirmation is no longer the office's to record (security review L2).
  if (!offer.currentVersionId || offer.status !== "SUBMITTED") throw new RuleRefusal<UploadRefusal>("NOT_SUBMITTED");
  const now = new Date();
  return db().offerConfirmation.create({
    data: {
      versionId: offer.currentVersionId,
      channel: "PAPER" satisfies ConfirmationChannel,
      status: "ACCEPTED",
      signers: input.signers,
      receivedAt: input.receivedAt,
      recordedById: actor.id,
      decidedById: actor.id,
      decidedAt: now,
    },
    select: { id: true },
  });
}

/** Accepts or rejects an uploaded confirmation, once; the applicants' owners and editors are told. */
export async function decideConfirmation(
  confirmationId: string,
  decision: { accept: boolean; reason: string | null },
  actor: { id: string },
): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "OfferConfirmation" WHERE id = ${confirmationId} FOR UPDATE`;
    const confirmation = await tx.offerConfirmation.findUniqueOrThrow({
      where: { id: confirmationId },
      select: {
        status: true,
        version: {
          select: {
            offer: {
              select: {
                id: true,
                title: true,
                leadOrganisationId: true,
                coApplicants: { select: { organisationId: true } },
              },
            },
          },
        },
      },
    });
    if (confirmation.status !== "UPLOADED") throw new RuleRefusal<DecisionRefusal>("ALREADY_DECIDED");
    const status = decision.accept ? "ACCEPTED" : "REJECTED";
    await tx.offerConfirmation.update({
      where: { id: confirmationId },
      data: { status, decidedById: actor.id, decidedAt: new Date(), decisionReason: decision.reason },
    });
    const offer = confirmation.version.offer;
    const applicants = [offer.leadOrganisationId, ...offer.coApplicants.map((c) => c.organisationId)];
    await notify(
      {
        type: "offer.confirmation_decided",
        subject: offerSubject(offer),
        actor: { userId: actor.id },
        audience: { organisations: applicants.map((id) => ({ id, roles: ["OWNER", "EDITOR"] })) },
        data: { decision: status, ...(decision.reason ? { reason: decision.reason } : {}) },
      },
      tx,
    );
  });
  await dispatchNotifications();
}
