import { handlePartnerRequestDetail } from "@/lib/partnerships/list/api-handlers";

export const dynamic = "force-dynamic";

// Open data: one open partner request as JSON.
export const GET = handlePartnerRequestDetail;
