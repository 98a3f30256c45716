import { handleCompetitionDetail } from "@/lib/competitions/api-handlers";

export const dynamic = "force-dynamic";

// Open data: one announced open competition with its tasks, described in /api/v1/openapi.json.
export const GET = handleCompetitionDetail;
