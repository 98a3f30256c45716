// Candidates' photos. The nominator uploads the picture while filling in the
// nomination; it is re-encoded (lib/files/images.ts) and kept as a file that
// belongs to nobody until the nomination names it (unclaimed uploads are swept
// after a day). It is shown with the candidate's statement, so only where the
// candidate agreed to publish it; before that only the commission and the
// nominating organisation see it.
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reencodeImage } from "@/lib/files/images";
import { storeUpload } from "@/lib/files/stored-files";
import { electionPhaseAt } from "@/lib/elections/lifecycle";
import { candidateListPublic } from "@/lib/elections/nominations/queries";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import type { NominationRefusal } from "@/lib/elections/nominations/mutations";

export const MAX_PHOTO_UPLOAD_BYTES = 5 * 1024 * 1024;
const PHOTO_SIDE = 600;

/** Re-encodes and keeps a photo for a nomination the person is about to submit; returns the id the nomination names. */
export async function uploadCandidatePhoto(
  actor: Actor,
  electionId: string,
  bytes: Uint8Array,
  now = new Date(),
): Promise<{ photoId: string }> {
  const election = await db().election.findUnique({ where: { id: electionId } });
  if (!election || election.status === "DRAFT") throw new AppError("NOT_FOUND", "no such election");
  if (electionPhaseAt(election, now) !== "nominations") throw new RuleRefusal<NominationRefusal>("nominationsClosed");
  if (!actor.organisations.some((m) => can(actor, "organisation.actFor", { organisationId: m.organisationId })))
    throw new AppError("FORBIDDEN", "only representatives nominate");
  const { data } = await reencodeImage(bytes, { side: PHOTO_SIDE, maxBytes: MAX_PHOTO_UPLOAD_BYTES });
  return storeUpload(
    { bytes: new Uint8Array(data), name: "kandydat.webp", uploadedById: actor.id },
    { accepted: ["webp"], maxBytes: MAX_PHOTO_UPLOAD_BYTES },
    async (_tx, file) => ({ photoId: file.id }),
  );
}

/** Whether `photoId` is a photo this person uploaded that no nomination names yet. */
export async function claimablePhoto(tx: Prisma.TransactionClient, actor: Actor, photoId: string): Promise<boolean> {
  const file = await tx.storedFile.findFirst({
    where: { id: photoId, uploadedById: actor.id, kind: "webp", nominationPhoto: null },
    select: { id: true },
  });
  return file !== null;
}

/** The stored file of a nomination's photo, if this viewer may see it. */
export async function visiblePhotoFileId(
  actor: Actor | null,
  electionId: string,
  nominationId: string,
  now = new Date(),
): Promise<{ fileId: string; isPublic: boolean } | null> {
  const nomination = await db().nomination.findFirst({
    where: { id: nominationId, electionId, photoId: { not: null } },
    select: { photoId: true, state: true, bioPublicationConsent: true, organisationId: true, election: true },
  });
  if (!nomination || nomination.election.status === "DRAFT") return null;
  const isPublic =
    nomination.state === "ACCEPTED" &&
    nomination.bioPublicationConsent &&
    candidateListPublic(electionPhaseAt(nomination.election, now));
  const mayCheck =
    can(actor, "elections.manage", { institutionId: nomination.election.institutionId }) ||
    can(actor, "organisation.actFor", { organisationId: nomination.organisationId });
  return isPublic || mayCheck ? { fileId: nomination.photoId!, isPublic } : null;
}
