import { ideasRss } from "@/lib/ideas/feeds/feed-handlers";

export const dynamic = "force-dynamic";

/** GET /api/ideas/rss: the newest published entries of the ideas board as RSS 2.0, narrowed like the list. */
export const GET = ideasRss;
