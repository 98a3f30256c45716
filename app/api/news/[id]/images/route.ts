import { uploadImage } from "@/lib/news/file-handlers";

export const dynamic = "force-dynamic";

/** POST /api/news/{id}/images: a picture (with its description) for the article, optionally its cover. */
export const POST = uploadImage;
