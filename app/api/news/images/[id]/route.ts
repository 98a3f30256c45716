import { downloadImage } from "@/lib/news/file-handlers";

export const dynamic = "force-dynamic";

/** GET /api/news/images/{id}: an article's picture, for those who may read the article. */
export const GET = downloadImage;
