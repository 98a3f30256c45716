import { z } from "zod";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";
import { smallGrantViewer } from "@/lib/small-grants/viewer";

export const dynamic = "force-dynamic";

// What a published small-grant offer's page shows the person reading it
// (components/small-grants/small-grant-viewer.tsx): personal, so never stored.
export const GET = routeHandler(
  {
    name: "small-grant-viewer",
    access: { permission: "smallGrants.viewerState" },
    params: z.object({ id: z.string().min(1).max(40) }),
  },
  async ({ actor, params }) => {
    const viewer = await smallGrantViewer(actor, params.id);
    if (!viewer) throw new AppError("NOT_FOUND", `small grant ${params.id}`);
    return Response.json(viewer);
  },
);
