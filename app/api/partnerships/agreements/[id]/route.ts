import { downloadAgreement } from "@/lib/partnerships/agreement/handlers";

export const dynamic = "force-dynamic";

/** GET /api/partnerships/agreements/{id}?locale=pl: the partnership's agreement as DOCX, for the people of either side. */
export const GET = downloadAgreement;
