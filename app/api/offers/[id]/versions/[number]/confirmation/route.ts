import { downloadConfirmationPdf } from "@/lib/offers/pdf/handlers";

export const dynamic = "force-dynamic";

/** The confirmation of submission of a version, to be signed by the applicants' representatives. */
export const GET = downloadConfirmationPdf;
