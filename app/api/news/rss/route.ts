import { newsRss } from "@/lib/news/feed-handlers";

export const dynamic = "force-dynamic";

/** GET /api/news/rss: the region's news as RSS 2.0, optionally narrowed by sphere, territory, author or kind. */
export const GET = newsRss;
