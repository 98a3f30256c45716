// One-click unsubscribe (RFC 8058): mail clients POST here, from the
// List-Unsubscribe header, without opening a page. The answer never says
// whether the link was valid beyond "done" or "not done".
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { unsubscribe } from "@/lib/notifications/unsubscribe";

const querySchema = z.object({ token: z.string().min(10).max(2000) });

export async function POST(request: Request): Promise<Response> {
  // Nobody needs to be signed in: the signed token names the person.
  if (!can(null, "notifications.unsubscribe")) return new Response(null, { status: 403 });
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const done = parsed.success ? await unsubscribe(parsed.data.token) : null;
  return new Response(done ? "unsubscribed\n" : "invalid link\n", {
    status: done ? 200 : 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
