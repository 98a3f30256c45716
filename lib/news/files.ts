// An article's pictures (its cover and those in its text) and documents.
// Pictures are re-encoded (lib/files/images.ts) and kept with the description
// their writer had to give; documents are checked by content (lib/files).
// Writers of the article add and remove them; everyone sees them once the
// article is public, its writers and the moderators before. A picture or
// document added to a published article follows the same rule as its text
// (lib/moderation/changes.ts): under pre-moderation it waits (`pending`, a new
// cover as `pendingCoverImageId`) while the approved ones stay public; under
// post-moderation it is public at once and the article is reviewed again.
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { reencodeImage } from "@/lib/files/images";
import { DOCUMENT_KINDS } from "@/lib/files/kinds";
import { deleteStoredFile, storeUpload } from "@/lib/files/stored-files";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { mayWriteFor } from "@/lib/news/authors";
import { newsImagePath } from "@/lib/news/body";
import { currentBody, holdChange, newsModerationMode, writableArticle } from "@/lib/news/mutations";
import { articleChangeOutcome, isPublic, type WorkflowArticle } from "@/lib/news/workflow";
import type { ChangeOutcome } from "@/lib/moderation/changes";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NewsModeration } from "@/lib/generated/prisma/enums";
import { dispatchNotifications } from "@/lib/notifications/notify";
import type { AuthorChoice } from "@/lib/auth/authors";
import { markdownImages } from "@/lib/text/markdown";
import { z } from "zod";

export const MAX_NEWS_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_NEWS_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_IMAGES_PER_ARTICLE = 20;
export const MAX_ATTACHMENTS_PER_ARTICLE = 10;
export const newsImageAltSchema = z.string().trim().min(3, "newsImageAltTooShort").max(300, "newsImageAltTooLong");
export const newsAttachmentTitleSchema = z
  .string()
  .trim()
  .min(2, "documentTitleTooShort")
  .max(200, "documentTitleTooLong");

/** What a new file does to the article (see above). */
/** Under post-moderation a new file is public at once, so the article goes back on the moderators' review list with it. */
const reviewAgain = (outcome: ChangeOutcome) => (outcome === "applyThenReview" ? { reviewedAt: null } : {});

/**
 * The article under its row lock, inside a file's upload: files sent at once
 * queue here, so a limit holds for all of them, and the moderation rule
 * follows the article as it is now (submitted or approved while the bytes were
 * being stored), not as it was before. Only `tx` is used: the uploads waiting
 * here each hold one of the pool's connections.
 */
async function lockedArticle(tx: Prisma.TransactionClient, articleId: string, mode: NewsModeration) {
  await tx.$queryRaw`SELECT id FROM "NewsArticle" WHERE id = ${articleId} FOR NO KEY UPDATE`;
  const article = await tx.newsArticle.findUnique({
    where: { id: articleId },
    include: { images: { select: { id: true } } },
  });
  if (!article) throw new AppError("NOT_FOUND", `news article ${articleId}`);
  const outcome = articleChangeOutcome(article, mode);
  return { article, outcome, pending: outcome === "holdForReview" };
}

export async function addArticleImage(
  actor: Actor,
  articleId: string,
  input: { bytes: Uint8Array; alt: string; cover: boolean },
): Promise<{ id: string; width: number; height: number; markdown: string; waiting: boolean }> {
  // Refused before the bytes are stored; checked again below, under the article's lock.
  await writableArticle(actor, articleId);
  const mode = await newsModerationMode();
  if ((await db().newsImage.count({ where: { articleId } })) >= MAX_IMAGES_PER_ARTICLE)
    throw new FieldRuleError([{ field: "file", message: "newsTooManyImages" }]);
  const { data, width, height } = await reencodeImage(input.bytes, { side: 1600, maxBytes: MAX_NEWS_IMAGE_BYTES });
  const { pending, ...image } = await storeUpload(
    { bytes: new Uint8Array(data), name: "obraz.webp", uploadedById: actor.id },
    { accepted: ["webp"], maxBytes: MAX_NEWS_IMAGE_BYTES },
    async (tx, file) => {
      const { article, outcome, pending } = await lockedArticle(tx, articleId, mode);
      if ((await tx.newsImage.count({ where: { articleId } })) >= MAX_IMAGES_PER_ARTICLE)
        throw new FieldRuleError([{ field: "file", message: "newsTooManyImages" }]);
      const created = await tx.newsImage.create({
        data: { articleId, fileId: file.id, alt: input.alt, width, height, pending },
        select: { id: true, width: true, height: true },
      });
      if (pending)
        await holdChange(tx, article, input.cover ? { pendingCoverImage: { connect: { id: created.id } } } : {});
      else if (input.cover || outcome === "applyThenReview")
        await tx.newsArticle.update({
          where: { id: articleId },
          data: { ...(input.cover ? { coverImageId: created.id } : {}), ...reviewAgain(outcome) },
        });
      return { ...created, pending };
    },
  );
  if (pending) await dispatchNotifications();
  // `waiting`: the writer is told the picture stays private until a moderator approves the change.
  return {
    ...image,
    markdown: `![${input.alt.replace(/[[\]\\]/g, "")}](${newsImagePath(image.id)})`,
    waiting: pending,
  };
}

/** Removes a picture the text no longer shows (the cover may always go). */
export async function removeArticleImage(
  actor: Actor,
  articleId: string,
  imageId: string,
): Promise<"removed" | "inUse"> {
  const article = await writableArticle(actor, articleId);
  const image = await db().newsImage.findFirst({
    where: { id: imageId, articleId },
    select: { id: true, fileId: true },
  });
  if (!image) throw new AppError("NOT_FOUND", `news image ${imageId}`);
  if (markdownImages(currentBody(article)).some((shown) => shown.src === newsImagePath(imageId))) return "inUse";
  const deleteBytes = await db().$transaction(async (tx) => {
    await tx.newsImage.delete({ where: { id: image.id } });
    return deleteStoredFile(tx, image.fileId);
  });
  await deleteBytes();
  return "removed";
}

export async function addArticleAttachment(
  actor: Actor,
  articleId: string,
  title: string,
  upload: { bytes: Uint8Array; name: string },
): Promise<{ id: string }> {
  // Refused before the bytes are stored; checked again below, under the article's lock.
  await writableArticle(actor, articleId);
  const mode = await newsModerationMode();
  if ((await db().newsAttachment.count({ where: { articleId } })) >= MAX_ATTACHMENTS_PER_ARTICLE)
    throw new AppError("CONFLICT", "too many attachments");
  const { pending, ...attachment } = await storeUpload(
    { ...upload, uploadedById: actor.id },
    { accepted: DOCUMENT_KINDS, maxBytes: MAX_NEWS_ATTACHMENT_BYTES },
    async (tx, file) => {
      const { article, outcome, pending } = await lockedArticle(tx, articleId, mode);
      const count = await tx.newsAttachment.count({ where: { articleId } });
      if (count >= MAX_ATTACHMENTS_PER_ARTICLE) throw new AppError("CONFLICT", "too many attachments");
      const created = await tx.newsAttachment.create({
        data: { articleId, fileId: file.id, title, position: count, pending },
        select: { id: true },
      });
      if (pending) await holdChange(tx, article);
      else if (outcome === "applyThenReview")
        await tx.newsArticle.update({ where: { id: articleId }, data: reviewAgain(outcome) });
      return { ...created, pending };
    },
  );
  if (pending) await dispatchNotifications();
  return attachment;
}

export async function removeArticleAttachment(actor: Actor, articleId: string, attachmentId: string): Promise<boolean> {
  await writableArticle(actor, articleId);
  const deleteBytes = await db().$transaction(async (tx) => {
    const attachment = await tx.newsAttachment.findFirst({
      where: { id: attachmentId, articleId },
      select: { id: true, fileId: true },
    });
    if (!attachment) return null;
    await tx.newsAttachment.delete({ where: { id: attachment.id } });
    return deleteStoredFile(tx, attachment.fileId);
  });
  if (!deleteBytes) return false;
  await deleteBytes();
  return true;
}

/** Whether this viewer may see the article's files, and whether a shared cache may keep them. */
async function fileAccess(
  actor: Actor | null,
  article: Pick<WorkflowArticle, "status" | "publishedAt"> & AuthorChoice,
  pending: boolean,
  now = new Date(),
): Promise<{ isPublic: boolean } | null> {
  if (!pending && isPublic(article, now)) return { isPublic: true };
  if (actor && (can(actor, "content.moderate") || (await mayWriteFor(actor, article)))) return { isPublic: false };
  return null;
}

export async function visibleNewsImage(actor: Actor | null, imageId: string) {
  const image = await db().newsImage.findUnique({
    where: { id: imageId },
    select: {
      fileId: true,
      pending: true,
      article: { select: { status: true, publishedAt: true, organisationId: true, institutionId: true } },
    },
  });
  if (!image) return null;
  const access = await fileAccess(actor, image.article, image.pending);
  return access ? { fileId: image.fileId, ...access } : null;
}

export async function visibleNewsAttachment(actor: Actor | null, articleId: string, attachmentId: string) {
  const attachment = await db().newsAttachment.findFirst({
    where: { id: attachmentId, articleId },
    select: {
      fileId: true,
      pending: true,
      article: { select: { status: true, publishedAt: true, organisationId: true, institutionId: true } },
    },
  });
  if (!attachment) return null;
  const access = await fileAccess(actor, attachment.article, attachment.pending);
  return access ? { fileId: attachment.fileId, ...access } : null;
}
