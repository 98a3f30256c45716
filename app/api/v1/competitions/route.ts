import { handleCompetitionsList } from "@/lib/competitions/api-handlers";

export const dynamic = "force-dynamic";

// Open data: announced open competitions as JSON, described in /api/v1/openapi.json.
export const GET = handleCompetitionsList;
