import { downloadCommissionOfferAttachment } from "@/lib/competitions/commission/handlers";

export const dynamic = "force-dynamic";

/** A file the offer's current version was submitted with, for a commission member who declared no conflict. */
export const GET = downloadCommissionOfferAttachment;
