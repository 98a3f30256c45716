import { handleImageDownload } from "@/lib/forum/image-handlers";

export const dynamic = "force-dynamic";

/** GET /api/forum/images/{id}: a post's picture, for those who may read the post. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleImageDownload(request, (await params).id);
}
