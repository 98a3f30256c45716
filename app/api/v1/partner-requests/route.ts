import { handlePartnerRequestsList } from "@/lib/partnerships/list/api-handlers";

export const dynamic = "force-dynamic";

// Open data: open partner requests as JSON, described in /api/v1/openapi.json.
export const GET = handlePartnerRequestsList;
