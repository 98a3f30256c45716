// Pictures people upload (logos, candidates' photos, later forum images). An
// upload is decoded and drawn again as a WebP no larger than the use needs;
// whatever else the file carried (metadata, scripts in an SVG, a polyglot
// payload) does not survive. Only raster formats are read.
import sharp from "sharp";

const ACCEPTED = new Set(["jpeg", "png", "webp", "gif"]);

export type ImageFailure = "NOT_AN_IMAGE" | "TOO_LARGE";

export class ImageError extends Error {
  constructor(readonly failure: ImageFailure) {
    super(failure);
    this.name = "ImageError";
  }
}

export type ReencodedImage = { data: Buffer; width: number; height: number };

/** The picture drawn again within `side` × `side` pixels, or ImageError when the bytes are not one we accept. */
export async function reencodeImage(
  bytes: Uint8Array,
  rules: { side: number; maxBytes: number },
): Promise<ReencodedImage> {
  if (bytes.length > rules.maxBytes) throw new ImageError("TOO_LARGE");
  try {
    // A decompression bomb stops at 25 megapixels.
    const image = sharp(bytes, { limitInputPixels: 25_000_000, failOn: "error" });
    const { format } = await image.metadata();
    if (!format || !ACCEPTED.has(format)) throw new ImageError("NOT_AN_IMAGE");
    const { data, info } = await image
      .rotate()
      .resize(rules.side, rules.side, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof ImageError) throw error;
    throw new ImageError("NOT_AN_IMAGE");
  }
}
