// /api/account/export: a signed-in person's copy of everything the platform
// holds about them, as a JSON download (GDPR art. 15 and 20). Only ever their
// own: no id is taken from the request.
import "server-only";
import { exportPersonalData } from "@/lib/accounts/personal-data";
import { routeHandler } from "@/lib/http/route-handler";

export const downloadPersonalData = routeHandler(
  { name: "account.export", access: { permission: "account.view" } },
  async ({ actor }) =>
    new Response(JSON.stringify(await exportPersonalData(actor.id), null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="moje-dane-${new Date().toISOString().slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    }),
);
