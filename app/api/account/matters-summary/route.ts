import { routeHandler } from "@/lib/http/route-handler";
import { mattersSummary } from "@/lib/matters/page-view";
import type { MattersSummary } from "@/lib/matters/types";

export const dynamic = "force-dynamic";

// The home page's "for you" strip (components/matters/for-you-strip.tsx): the
// page is one cached copy for everyone, so the browser asks for the reader's
// counts here. Personal, so never stored (no-store); a visitor gets nothing.
export const GET = routeHandler(
  { name: "matters-summary", access: { permission: "matters.summary" } },
  async ({ actor }) => {
    const answer: MattersSummary = actor ? { signedIn: true, ...(await mattersSummary(actor)) } : { signedIn: false };
    return Response.json(answer);
  },
);
