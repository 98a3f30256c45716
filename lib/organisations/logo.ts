// Organisation logos: re-encoded (lib/files/images.ts) as a WebP of at most
// 400 × 400 pixels and kept in the database with an ETag.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { reencodeImage } from "@/lib/files/images";
import { recordChange } from "@/lib/organisations/history/mutations";

export const MAX_LOGO_UPLOAD_BYTES = 2 * 1024 * 1024;

/** The re-encoded logo, or ImageError when the bytes are not a picture we accept. */
export const reencodeLogo = (bytes: Uint8Array) => reencodeImage(bytes, { side: 400, maxBytes: MAX_LOGO_UPLOAD_BYTES });

export async function saveLogo(organisationId: string, bytes: Uint8Array, actorUserId: string): Promise<void> {
  const { data, width, height } = await reencodeLogo(bytes);
  const etag = createHash("sha256").update(data).digest("base64url").slice(0, 27);
  await db().$transaction(async (tx) => {
    const before = await tx.organisationLogo.findUnique({ where: { organisationId }, select: { etag: true } });
    const fields = { data: new Uint8Array(data), contentType: "image/webp", width, height, etag };
    await tx.organisationLogo.upsert({
      where: { organisationId },
      create: { organisationId, ...fields },
      update: fields,
    });
    await recordChange(tx, {
      organisationId,
      actorUserId,
      source: "profile",
      before: { logo: before?.etag ?? null },
      after: { logo: etag },
    });
  });
}

export async function removeLogo(organisationId: string, actorUserId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const removed = await tx.organisationLogo.deleteMany({ where: { organisationId } });
    if (removed.count > 0)
      await recordChange(tx, {
        organisationId,
        actorUserId,
        source: "profile",
        before: { logo: "present" },
        after: { logo: null },
      });
  });
}

export async function getLogo(organisationId: string) {
  return db().organisationLogo.findUnique({
    where: { organisationId },
    select: { data: true, contentType: true, etag: true, width: true, height: true },
  });
}

export async function logoVersion(organisationId: string): Promise<string | null> {
  return (await db().organisationLogo.findUnique({ where: { organisationId }, select: { etag: true } }))?.etag ?? null;
}
