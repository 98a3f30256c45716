import { handleIdeaDetail } from "@/lib/ideas/feeds/api-handlers";

export const dynamic = "force-dynamic";

// Open data: one published entry of the ideas board as JSON.
export const GET = handleIdeaDetail;
