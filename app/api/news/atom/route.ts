import { newsAtom } from "@/lib/news/feed-handlers";

export const dynamic = "force-dynamic";

/** GET /api/news/atom: the region's news as Atom, optionally narrowed by sphere, territory, author or kind. */
export const GET = newsAtom;
