import { downloadSignedConfirmation } from "@/lib/offers/confirmations/handlers";

export const dynamic = "force-dynamic";

/** A signed confirmation as uploaded, for the applicants and the office. */
export const GET = downloadSignedConfirmation;
