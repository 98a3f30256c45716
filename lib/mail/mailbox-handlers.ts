// /api/dev-mailbox/[id]: the HTML part of a message in the development
// mailbox, shown as the recipient's mail client would, but sandboxed: the
// API's Content-Security-Policy (next.config.js) allows no script and no
// requests out. Where there is no development mailbox, there is no message.
import "server-only";
import { z } from "zod";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { getMailboxMessage } from "@/lib/mail/mailbox-queries";
import { isMailboxEnabled } from "@/lib/mail/transport";
import { recordId } from "@/lib/validation/record-id";

export const showMailboxMessage = routeHandler(
  {
    name: "devMailbox.message",
    access: { permission: "devMailbox.read" },
    params: z.object({ id: recordId }),
    refusal: bareRefusal,
  },
  async ({ params }) => {
    const message = isMailboxEnabled() ? await getMailboxMessage(params.id) : null;
    if (!message?.html) return new Response(null, { status: 404 });
    return new Response(message.html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
  },
);
