// GET /api/forum/mentionables?q=…&category=<id>: people and organisations
// the signed-in writer may mention in that category (lib/forum/mentionables.ts).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { mayWrite } from "@/lib/forum/access";
import { findMentionables } from "@/lib/forum/mentionables";
import { routeHandler } from "@/lib/http/route-handler";
import { recordId } from "@/lib/validation/record-id";

export const handleMentionables = routeHandler(
  {
    name: "forum.mentionables",
    access: { permission: "forum.post" },
    query: z.object({ q: z.string().max(60), category: recordId }),
  },
  async ({ actor, query }) => {
    const category = await db().forumCategory.findUnique({ where: { id: query.category } });
    if (!category || !mayWrite(actor, category)) throw new AppError("NOT_FOUND", "forum.mentionables");
    const data = await findMentionables(query.q, category.access, actor.id);
    return Response.json({ data }, { headers: { "Cache-Control": "private, no-store" } });
  },
);
