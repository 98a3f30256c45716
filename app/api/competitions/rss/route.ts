import { competitionsRssHandler } from "@/lib/competitions/feed-handlers";

export const dynamic = "force-dynamic";

export const GET = competitionsRssHandler;
