import { routeHandler } from "@/lib/http/route-handler";
import { myMattersView } from "@/lib/matters/page-view";
import type { MattersAnswer } from "@/lib/matters/wire";

export const dynamic = "force-dynamic";

// "My matters" for the person reading its page (components/matters/matters-viewer.tsx):
// the page is one copy for everyone, so the browser asks for the reader's
// matters here. Personal, so never stored (no-store); a visitor gets nothing.
// Every query of the view is scoped to the reader (lib/matters).
export const GET = routeHandler({ name: "my-matters", access: { permission: "matters.viewer" } }, async ({ actor }) => {
  const answer: MattersAnswer = actor ? { signedIn: true, view: await myMattersView(actor) } : { signedIn: false };
  return Response.json(answer);
});
