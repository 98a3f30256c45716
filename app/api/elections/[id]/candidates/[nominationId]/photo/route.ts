import { servePhoto } from "@/lib/elections/candidate-photo-handlers";

export const dynamic = "force-dynamic";

/** GET /api/elections/{id}/candidates/{nominationId}/photo: the candidate's photo, where it may be shown. */
export const GET = servePhoto;
