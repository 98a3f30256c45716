import { downloadImage } from "@/lib/news/file-handlers";

export const dynamic = "force-dynamic";

/** GET /api/news/images/{id}: an article's picture, for those who may read the article. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return downloadImage(request, (await params).id);
}
