import { z } from "zod";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";
import { organisationViewer } from "@/lib/organisations/viewer";

export const dynamic = "force-dynamic";

// What an organisation's page shows the person reading it
// (components/organisations/organisation-viewer.tsx): the page is the same for
// everyone; this answer is personal, so never stored (no-store).
export const GET = routeHandler(
  {
    name: "organisation-viewer",
    access: { permission: "organisation.viewerState" },
    params: z.object({ id: z.string().min(1).max(40) }),
  },
  async ({ actor, params }) => {
    const viewer = await organisationViewer(actor, params.id);
    if (!viewer) throw new AppError("NOT_FOUND", `organisation ${params.id}`);
    return Response.json(viewer);
  },
);
