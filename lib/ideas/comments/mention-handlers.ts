// GET /api/ideas/mentionables?q=…: people and organisations a commenter may
// mention in an entry's discussion. The discussion is public, so anyone with
// a confirmed account, and any organisation, may be named (the forum's
// "SIGNED_IN" rule, lib/forum/mentionables.ts).
import "server-only";
import { z } from "zod";
import { findMentionables } from "@/lib/forum/mentionables";
import { routeHandler } from "@/lib/http/route-handler";

export const handleIdeaMentionables = routeHandler(
  { name: "ideas.mentionables", access: { permission: "ideas.comment" }, query: z.object({ q: z.string().max(60) }) },
  async ({ actor, query }) => {
    const data = await findMentionables(query.q, "SIGNED_IN", actor.id);
    return Response.json({ data }, { headers: { "Cache-Control": "private, no-store" } });
  },
);
