import { partnerRequestsAtom } from "@/lib/partnerships/feeds/feed-handlers";

export const dynamic = "force-dynamic";

/** GET /api/partnerships/atom: the newest open partner requests as Atom, narrowed like the list. */
export const GET = partnerRequestsAtom;
