import { exportPersonalData } from "@/lib/accounts/personal-data";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { toPublicError } from "@/lib/errors";

export const dynamic = "force-dynamic";

// A signed-in person's copy of everything the platform holds about them, as
// a JSON download (GDPR art. 15 and 20). Only ever their own: no id is taken
// from the request.
export async function GET(): Promise<Response> {
  const actor = await getCurrentUser();
  if (!actor || !can(actor, "account.view"))
    return Response.json({ error: { code: "UNAUTHENTICATED" } }, { status: 401 });
  try {
    const data = await exportPersonalData(actor.id);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="moje-dane-${new Date().toISOString().slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    const { code, status } = toPublicError(error, { route: "/api/account/export" });
    return Response.json({ error: { code } }, { status });
  }
}
