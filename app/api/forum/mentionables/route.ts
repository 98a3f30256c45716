import { handleMentionables } from "@/lib/forum/mention-handlers";

export const dynamic = "force-dynamic";

/** GET /api/forum/mentionables?q=…&category=…: whom the writer may mention there. */
export const GET = handleMentionables;
