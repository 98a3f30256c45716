import { handleGrants } from "@/lib/competitions/decision/grants";

export const dynamic = "force-dynamic";

// Open data: every published grant (competitions and small grants), described in /api/v1/openapi.json.
export const GET = handleGrants;
