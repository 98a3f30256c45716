import { handleIdeaMentionables } from "@/lib/ideas/comments/mention-handlers";

export const dynamic = "force-dynamic";

/** GET /api/ideas/mentionables?q=…: whom a commenter may mention in an entry's discussion. */
export const GET = handleIdeaMentionables;
