import { handleImageDownload } from "@/lib/forum/image-handlers";

export const dynamic = "force-dynamic";

/** GET /api/forum/images/{id}: a post's picture, for those who may read the post. */
export const GET = handleImageDownload;
