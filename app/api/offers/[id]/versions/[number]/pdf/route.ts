import { downloadOfferPdf } from "@/lib/offers/pdf/handlers";

export const dynamic = "force-dynamic";

/** A submitted version of an offer as PDF, in the template's layout. */
export const GET = downloadOfferPdf;
