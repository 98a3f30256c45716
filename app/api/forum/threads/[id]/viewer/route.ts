import { z } from "zod";
import { AppError } from "@/lib/errors";
import { threadViewer } from "@/lib/forum/thread-viewer";
import { routeHandler } from "@/lib/http/route-handler";
import { routing } from "@/lib/i18n/routing";
import { recordId } from "@/lib/validation/record-id";

export const dynamic = "force-dynamic";

// What a forum thread's page shows the person reading it
// (components/forum/thread-viewer.tsx): the page is the same for everyone;
// this answer is personal, so never stored (no-store). Asking from the
// thread's page moves the reader's read mark to the last post of the page
// asked about: only when the browser says a script of this site asked
// (Sec-Fetch-Site same-origin, Sec-Fetch-Dest empty), so a link or another
// site cannot make a reader skip unread posts (security review).
export const GET = routeHandler(
  {
    name: "forum-thread-viewer",
    access: { permission: "forum.threadViewerState" },
    params: z.object({ id: recordId }),
    query: z.object({
      page: z.coerce.number().int().min(1).max(1_000_000),
      locale: z.enum(routing.locales),
    }),
  },
  async ({ actor, params, query, request }) => {
    const viewer = await threadViewer(actor, params.id, query.page, query.locale, {
      markRead: askedByThisSite(request.headers),
    });
    if (!viewer) throw new AppError("NOT_FOUND", `forum thread ${params.id}`);
    return Response.json(viewer);
  },
);

function askedByThisSite(headers: Headers): boolean {
  return headers.get("sec-fetch-site") === "same-origin" && headers.get("sec-fetch-dest") === "empty";
}
