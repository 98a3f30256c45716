import { uploadAttachment } from "@/lib/news/file-handlers";

export const dynamic = "force-dynamic";

/** POST /api/news/{id}/attachments: a document (with its title) for the article. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return uploadAttachment(request, (await params).id);
}
