import { deleteAttachment, downloadAttachment } from "@/lib/news/file-handlers";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string; attachmentId: string }> };

/** GET /api/news/{id}/attachments/{attachmentId}: the document, for those who may read the article. */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { id, attachmentId } = await params;
  return downloadAttachment(request, id, attachmentId);
}

/** DELETE /api/news/{id}/attachments/{attachmentId}: removed by the article's writers. */
export async function DELETE(_request: Request, { params }: Params): Promise<Response> {
  const { id, attachmentId } = await params;
  return deleteAttachment(id, attachmentId);
}
