import { downloadCommissionOfferPdf } from "@/lib/competitions/commission/handlers";

export const dynamic = "force-dynamic";

/** An offer's current version as PDF, for a commission member who declared no conflict. */
export const GET = downloadCommissionOfferPdf;
