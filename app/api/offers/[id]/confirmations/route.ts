import { uploadSignedConfirmation } from "@/lib/offers/confirmations/handlers";

export const dynamic = "force-dynamic";

/** Uploads the confirmation of submission signed electronically (PDF or XAdES XML). */
export const POST = uploadSignedConfirmation;
