import { deleteAttachment, downloadAttachment } from "@/lib/consultations/attachment-handlers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; attachmentId: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id, attachmentId } = await params;
  return downloadAttachment(request, id, attachmentId);
}

export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  const { id, attachmentId } = await params;
  return deleteAttachment(id, attachmentId);
}
