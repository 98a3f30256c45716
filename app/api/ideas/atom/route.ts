import { ideasAtom } from "@/lib/ideas/feeds/feed-handlers";

export const dynamic = "force-dynamic";

/** GET /api/ideas/atom: the newest published entries of the ideas board as Atom, narrowed like the list. */
export const GET = ideasAtom;
