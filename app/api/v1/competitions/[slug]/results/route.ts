import { handleCompetitionResults } from "@/lib/competitions/decision/open-data";

export const dynamic = "force-dynamic";

// Open data: a decided or annulled competition's results, described in /api/v1/openapi.json.
export const GET = handleCompetitionResults;
