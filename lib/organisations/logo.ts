// Organisation logos. An upload is decoded and drawn again as a WebP of at
// most 400 × 400 pixels; whatever else the file carried (metadata, scripts in
// an SVG, a polyglot payload) does not survive. Only raster formats are read.
import { createHash } from "node:crypto";
import sharp from "sharp";
import { db } from "@/lib/db/client";
import { recordChange } from "@/lib/organisations/history";

export const MAX_LOGO_UPLOAD_BYTES = 2 * 1024 * 1024;
const SIDE = 400;
const ACCEPTED = new Set(["jpeg", "png", "webp", "gif"]);

export type LogoFailure = "NOT_AN_IMAGE" | "TOO_LARGE";

export class LogoError extends Error {
  constructor(readonly failure: LogoFailure) {
    super(failure);
    this.name = "LogoError";
  }
}

/** The re-encoded image, or LogoError when the bytes are not a picture we accept. */
export async function reencodeLogo(bytes: Uint8Array): Promise<{ data: Buffer; width: number; height: number }> {
  if (bytes.length > MAX_LOGO_UPLOAD_BYTES) throw new LogoError("TOO_LARGE");
  try {
    // A decompression bomb stops at 25 megapixels.
    const image = sharp(bytes, { limitInputPixels: 25_000_000, failOn: "error" });
    const { format } = await image.metadata();
    if (!format || !ACCEPTED.has(format)) throw new LogoError("NOT_AN_IMAGE");
    const { data, info } = await image.rotate().resize(SIDE, SIDE, { fit: "inside", withoutEnlargement: true }).webp({ quality: 85 }).toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof LogoError) throw error;
    throw new LogoError("NOT_AN_IMAGE");
  }
}

export async function saveLogo(organisationId: string, bytes: Uint8Array, actorUserId: string): Promise<void> {
  const { data, width, height } = await reencodeLogo(bytes);
  const etag = createHash("sha256").update(data).digest("base64url").slice(0, 27);
  await db().$transaction(async (tx) => {
    const before = await tx.organisationLogo.findUnique({ where: { organisationId }, select: { etag: true } });
    const fields = { data: new Uint8Array(data), contentType: "image/webp", width, height, etag };
    await tx.organisationLogo.upsert({ where: { organisationId }, create: { organisationId, ...fields }, update: fields });
    await recordChange(tx, { organisationId, actorUserId, source: "profile", before: { logo: before?.etag ?? null }, after: { logo: etag } });
  });
}

export async function removeLogo(organisationId: string, actorUserId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const removed = await tx.organisationLogo.deleteMany({ where: { organisationId } });
    if (removed.count > 0) await recordChange(tx, { organisationId, actorUserId, source: "profile", before: { logo: "present" }, after: { logo: null } });
  });
}

export async function getLogo(organisationId: string) {
  return db().organisationLogo.findUnique({ where: { organisationId }, select: { data: true, contentType: true, etag: true, width: true, height: true } });
}

export async function logoVersion(organisationId: string): Promise<string | null> {
  return (await db().organisationLogo.findUnique({ where: { organisationId }, select: { etag: true } }))?.etag ?? null;
}
