import { z } from "zod";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";
import { consultationViewer } from "@/lib/consultations/viewer";

export const dynamic = "force-dynamic";

// What a consultation's page shows the person reading it
// (components/consultations/consultation-viewer.tsx): the page is the same for
// everyone; this answer is personal, so never stored (no-store).
export const GET = routeHandler(
  {
    name: "consultation-viewer",
    access: { permission: "consultation.viewerState" },
    params: z.object({ id: z.string().min(1).max(40) }),
  },
  async ({ actor, params }) => {
    const viewer = await consultationViewer(actor, params.id);
    if (!viewer) throw new AppError("NOT_FOUND", `consultation ${params.id}`);
    return Response.json(viewer);
  },
);
