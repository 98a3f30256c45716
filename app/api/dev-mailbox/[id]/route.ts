import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getMailboxMessage } from "@/lib/mail/mailbox-queries";
import { isMailboxEnabled } from "@/lib/mail/transport";
import { recordId } from "@/lib/validation/record-id";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ id: recordId });

// The HTML part of a message in the development mailbox, shown as the
// recipient's mail client would, but sandboxed: the API's Content-Security-
// Policy (next.config.js) allows no script and no requests out.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const parsed = paramsSchema.safeParse(await params);
  if (!isMailboxEnabled() || !can(await getCurrentUser(), "devMailbox.read") || !parsed.success) {
    return new Response("Not found", { status: 404 });
  }
  const message = await getMailboxMessage(parsed.data.id);
  if (!message?.html) return new Response("Not found", { status: 404 });
  return new Response(message.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}
