import { uploadPhoto } from "@/lib/elections/candidate-photo-handlers";

export const dynamic = "force-dynamic";

/** POST /api/elections/{id}/photos: a candidate's photo for the nomination being written. */
export const POST = uploadPhoto;
