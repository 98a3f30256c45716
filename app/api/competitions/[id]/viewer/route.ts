import { z } from "zod";
import { competitionViewer } from "@/lib/competitions/viewer";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";

export const dynamic = "force-dynamic";

// What a competition's page shows the person reading it
// (components/competitions/public/competition-viewer.tsx): the page is the same
// for everyone; this answer is personal, so never stored (no-store).
export const GET = routeHandler(
  {
    name: "competition-viewer",
    access: { permission: "competitions.viewerState" },
    params: z.object({ id: z.string().min(1).max(40) }),
  },
  async ({ actor, params }) => {
    const viewer = await competitionViewer(actor, params.id);
    if (!viewer) throw new AppError("NOT_FOUND", `competition ${params.id}`);
    return Response.json(viewer);
  },
);
