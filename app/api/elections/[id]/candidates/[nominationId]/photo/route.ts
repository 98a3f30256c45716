import { servePhoto } from "@/lib/elections/candidate-photo-handlers";

export const dynamic = "force-dynamic";

/** GET /api/elections/{id}/candidates/{nominationId}/photo: the candidate's photo, where it may be shown. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; nominationId: string }> },
): Promise<Response> {
  const { id, nominationId } = await params;
  return servePhoto(request, id, nominationId);
}
