// Pictures attached to forum posts. An upload is re-encoded (lib/files/images.ts:
// WebP of at most 1600 px, nothing else of the file survives), kept with the
// alternative text its writer gave, and linked to the post when the post is
// sent (at most four per post). Unclaimed uploads are swept after a day.
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reencodeImage } from "@/lib/files/images";
import { storeUpload } from "@/lib/files/stored-files";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { mayRead } from "@/lib/forum/access";

export const MAX_FORUM_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGES_PER_POST = 4;

export async function uploadForumImage(
  actor: Actor,
  input: { bytes: Uint8Array; alt: string },
): Promise<{ id: string; width: number; height: number }> {
  const { data, width, height } = await reencodeImage(input.bytes, { side: 1600, maxBytes: MAX_FORUM_IMAGE_BYTES });
  return storeUpload(
    { bytes: new Uint8Array(data), name: "obraz.webp", uploadedById: actor.id },
    { accepted: ["webp"], maxBytes: MAX_FORUM_IMAGE_BYTES },
    async (tx, file) =>
      tx.forumPostImage.create({
        data: { fileId: file.id, alt: input.alt, width, height, uploadedById: actor.id },
        select: { id: true, width: true, height: true },
      }),
  );
}

/** Links the writer's own unclaimed uploads to their new post, in the order given; refused on the field otherwise. */
export async function attachImages(
  tx: Prisma.TransactionClient,
  actor: Actor,
  postId: string,
  imageIds: string[],
): Promise<void> {
  if (imageIds.length === 0) return;
  const unique = [...new Set(imageIds)];
  const claimable = await tx.forumPostImage.count({
    where: { id: { in: unique }, uploadedById: actor.id, postId: null },
  });
  if (unique.length > MAX_IMAGES_PER_POST || claimable !== unique.length)
    throw new FieldRuleError([{ field: "imageIds", message: "forumImageInvalid" }]);
  for (const [position, id] of unique.entries())
    await tx.forumPostImage.update({ where: { id }, data: { postId, position } });
}

/** The stored file of an image, if this viewer may see it (a reader of the post, or its uploader before it is sent). */
export async function visibleImageFile(
  actor: Actor | null,
  imageId: string,
): Promise<{ fileId: string; isPublic: boolean } | null> {
  const image = await db().forumPostImage.findUnique({
    where: { id: imageId },
    include: { post: { include: { thread: { include: { category: true } } } } },
  });
  if (!image) return null;
  if (!image.post) return actor?.id === image.uploadedById ? { fileId: image.fileId, isPublic: false } : null;
  const post = image.post;
  if (!mayRead(actor, post.thread.category)) return null;
  const withheld = post.deletedAt || post.hiddenAt || post.heldAt;
  if (withheld && !can(actor, "content.moderate") && actor?.id !== post.authorId) return null;
  return { fileId: image.fileId, isPublic: post.thread.category.openToPublic && !withheld };
}
