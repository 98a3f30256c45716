import { handleImageUpload } from "@/lib/forum/image-handlers";

export const dynamic = "force-dynamic";

/** POST /api/forum/images: a picture (with its alternative text) for the post being written. */
export const POST = handleImageUpload;
