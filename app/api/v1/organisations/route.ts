import { handleOrganisationsList } from "@/lib/directory/api-handlers";

export const dynamic = "force-dynamic";

// Open data: the directory's organisations as JSON, described in /api/v1/openapi.json.
export const GET = handleOrganisationsList;
