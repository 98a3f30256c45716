import { handleIdeasList } from "@/lib/ideas/feeds/api-handlers";

export const dynamic = "force-dynamic";

// Open data: published entries of the ideas board as JSON, described in /api/v1/openapi.json.
export const GET = handleIdeasList;
