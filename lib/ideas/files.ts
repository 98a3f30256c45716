// An entry's pictures and documents. Pictures are uploaded while the entry is
// written (re-encoded by lib/files/images.ts, kept with the description their
// writer had to give) and claimed by the entry when it is sent; documents are
// added to an existing entry. A picture or document added to a public entry
// follows the same rule as its text (lib/moderation/changes.ts): under
// pre-moderation it waits (`pending`) until a moderator approves the change.
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reencodeImage } from "@/lib/files/images";
import { DOCUMENT_KINDS } from "@/lib/files/kinds";
import { deleteStoredFile, storeUpload } from "@/lib/files/stored-files";
import { isIdeaWriter, mayEditIdea, mayViewIdea } from "@/lib/ideas/policy";
import { MAX_IDEA_IMAGES } from "@/lib/ideas/schemas";
import { changeOutcome } from "@/lib/moderation/changes";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { z } from "zod";

export const MAX_IDEA_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IDEA_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_IDEA_ATTACHMENTS = 10;
export const ideaImageAltSchema = z.string().trim().min(3, "ideaImageAltTooShort").max(200, "ideaImageAltTooLong");
export const ideaAttachmentTitleSchema = z
  .string()
  .trim()
  .min(2, "documentTitleTooShort")
  .max(200, "documentTitleTooLong");

/** A picture for an entry being written (not yet anyone's but its uploader's). */
export async function uploadIdeaImage(
  actor: Actor,
  input: { bytes: Uint8Array; alt: string },
): Promise<{ id: string; width: number; height: number }> {
  const { data, width, height } = await reencodeImage(input.bytes, { side: 1600, maxBytes: MAX_IDEA_IMAGE_BYTES });
  return storeUpload(
    { bytes: new Uint8Array(data), name: "obraz.webp", uploadedById: actor.id },
    { accepted: ["webp"], maxBytes: MAX_IDEA_IMAGE_BYTES },
    async (tx, file) =>
      tx.ideaImage.create({
        data: { fileId: file.id, alt: input.alt, width, height, uploadedById: actor.id },
        select: { id: true, width: true, height: true },
      }),
  );
}

/** Links the writer's own unclaimed uploads to their entry (waiting for a moderator when `pending`); refused on the field otherwise. */
export async function claimIdeaImages(
  tx: Prisma.TransactionClient,
  actor: Actor,
  ideaId: string,
  imageIds: string[],
  pending: boolean,
): Promise<void> {
  const unique = [...new Set(imageIds)];
  if (unique.length === 0) return;
  const claimed = await tx.ideaImage.updateMany({
    where: { id: { in: unique }, uploadedById: actor.id, ideaId: null },
    data: { ideaId, pending },
  });
  if (claimed.count !== unique.length) throw new FieldRuleError([{ field: "imageIds", message: "ideaImageInvalid" }]);
  if ((await tx.ideaImage.count({ where: { ideaId } })) > MAX_IDEA_IMAGES)
    throw new FieldRuleError([{ field: "imageIds", message: "ideaTooManyImages" }]);
}

type FileFacts = {
  pending: boolean;
  idea: {
    visibility: "PENDING" | "PUBLISHED" | "REJECTED" | "HIDDEN";
    status: "RECEIVED" | "UNDER_CONSIDERATION" | "ACCEPTED" | "IMPLEMENTED" | "NOT_TAKEN_UP" | "MERGED";
    authorId: string | null;
    organisationId: string | null;
  } | null;
};

/** Whether this viewer may see a file, and whether a shared cache may keep it. */
function fileAccess(actor: Actor | null, file: FileFacts, uploadedById?: string): { isPublic: boolean } | null {
  if (!file.idea) return actor && actor.id === uploadedById ? { isPublic: false } : null;
  if (!file.pending && file.idea.visibility === "PUBLISHED") return { isPublic: true };
  if (!mayViewIdea(actor, file.idea)) return null;
  if (file.pending && !can(actor, "content.moderate") && !isIdeaWriter(actor, file.idea)) return null;
  return { isPublic: false };
}

const ideaFacts = { select: { visibility: true, status: true, authorId: true, organisationId: true } } as const;

export async function visibleIdeaImage(actor: Actor | null, imageId: string) {
  const image = await db().ideaImage.findUnique({
    where: { id: imageId },
    select: { fileId: true, pending: true, uploadedById: true, idea: ideaFacts },
  });
  if (!image) return null;
  const access = fileAccess(actor, image, image.uploadedById);
  return access ? { fileId: image.fileId, ...access } : null;
}

export async function visibleIdeaAttachment(actor: Actor | null, ideaId: string, attachmentId: string) {
  const attachment = await db().ideaAttachment.findFirst({
    where: { id: attachmentId, ideaId },
    select: { fileId: true, pending: true, idea: ideaFacts },
  });
  if (!attachment) return null;
  const access = fileAccess(actor, attachment);
  return access ? { fileId: attachment.fileId, ...access } : null;
}

const attachableSelect = {
  id: true,
  visibility: true,
  status: true,
  authorId: true,
  organisationId: true,
  slug: true,
  title: true,
} as const;

async function attachableIdea(
  actor: Actor,
  ideaId: string,
  tx: Prisma.TransactionClient | ReturnType<typeof db> = db(),
) {
  const idea = await tx.idea.findUnique({ where: { id: ideaId }, select: attachableSelect });
  if (!idea || !mayViewIdea(actor, idea)) throw new AppError("NOT_FOUND", `idea ${ideaId}`);
  if (!mayEditIdea(actor, idea)) throw new RuleRefusal("notEditable");
  return idea;
}

export async function addIdeaAttachment(
  actor: Actor,
  ideaId: string,
  title: string,
  upload: { bytes: Uint8Array; name: string },
): Promise<{ id: string; pending: boolean }> {
  // Refused before the bytes are stored; checked again below, under the entry's lock.
  await attachableIdea(actor, ideaId);
  if ((await db().ideaAttachment.count({ where: { ideaId } })) >= MAX_IDEA_ATTACHMENTS)
    throw new AppError("CONFLICT", "too many attachments");
  const { ideaModeration } = await db().instanceSettings.findUniqueOrThrow({
    where: { id: 1 },
    select: { ideaModeration: true },
  });
  return storeUpload(
    { ...upload, uploadedById: actor.id },
    { accepted: DOCUMENT_KINDS, maxBytes: MAX_IDEA_ATTACHMENT_BYTES },
    async (tx, file) => {
      // Under the entry's lock (NO KEY UPDATE leaves supports free): uploads sent at once queue here, so the
      // limit holds for all of them, and the moderation rule follows the entry as it is now (a moderator may
      // have approved or hidden it while the bytes were stored, or its writer lost the right to edit it).
      await tx.$queryRaw`SELECT id FROM "Idea" WHERE id = ${ideaId} FOR NO KEY UPDATE`;
      const idea = await attachableIdea(actor, ideaId, tx);
      const count = await tx.ideaAttachment.count({ where: { ideaId } });
      if (count >= MAX_IDEA_ATTACHMENTS) throw new AppError("CONFLICT", "too many attachments");
      const outcome = changeOutcome({
        by: idea.organisationId ? "organisation" : "person",
        mode: ideaModeration,
        state: idea.visibility === "PUBLISHED" ? "public" : "unpublished",
      });
      const created = await tx.ideaAttachment.create({
        data: { ideaId, fileId: file.id, title, position: count, pending: outcome === "holdForReview" },
        select: { id: true, pending: true },
      });
      // The moderators see the entry again: waiting (pre) or to look at afterwards (post).
      if (outcome !== "apply") await tx.idea.update({ where: { id: ideaId }, data: { changeSubmittedAt: new Date() } });
      return created;
    },
  );
}

export async function removeIdeaAttachment(actor: Actor, ideaId: string, attachmentId: string): Promise<boolean> {
  await attachableIdea(actor, ideaId);
  const deleteBytes = await db().$transaction(async (tx) => {
    const attachment = await tx.ideaAttachment.findFirst({
      where: { id: attachmentId, ideaId },
      select: { id: true, fileId: true },
    });
    if (!attachment) return null;
    await tx.ideaAttachment.delete({ where: { id: attachment.id } });
    return deleteStoredFile(tx, attachment.fileId);
  });
  if (!deleteBytes) return false;
  await deleteBytes();
  return true;
}
