import { deleteImage } from "@/lib/news/file-handlers";

export const dynamic = "force-dynamic";

/** DELETE /api/news/{id}/images/{imageId}: removes a picture the text no longer shows. */
export async function DELETE(
  _request: Request,
  { params }: { params: Promise<{ id: string; imageId: string }> },
): Promise<Response> {
  const { id, imageId } = await params;
  return deleteImage(id, imageId);
}
