import { accountSummary } from "@/lib/accounts/account-summary";
import { routeHandler } from "@/lib/http/route-handler";

export const dynamic = "force-dynamic";

// The header's account area (components/layout/account-nav.tsx): who is
// signed in, their unread count and their links. Personal, so never stored (no-store).
export const GET = routeHandler(
  { name: "account-summary", access: { permission: "account.summary" } },
  async ({ actor }) => Response.json(await accountSummary(actor)),
);
