import { partnerRequestsRss } from "@/lib/partnerships/feeds/feed-handlers";

export const dynamic = "force-dynamic";

/** GET /api/partnerships/rss: the newest open partner requests as RSS 2.0, narrowed like the list. */
export const GET = partnerRequestsRss;
