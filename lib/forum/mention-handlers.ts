// GET /api/forum/mentionables?q=…&category=<id>: people and organisations
// the signed-in writer may mention in that category (lib/forum/mentionables.ts).
import "server-only";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { mayWrite } from "@/lib/forum/access";
import { findMentionables } from "@/lib/forum/mentionables";
import { permissionRefusal, refusal } from "@/lib/http/upload";
import { recordId } from "@/lib/validation/record-id";

const query = z.object({ q: z.string().max(60), category: recordId });

export async function handleMentionables(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const refused = permissionRefusal(user, "forum.post");
  if (refused || !user) return refused ?? refusal(401, "UNAUTHENTICATED");
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return refusal(400, "INVALID");
  const category = await db().forumCategory.findUnique({ where: { id: parsed.data.category } });
  if (!category || !mayWrite(user, category)) return refusal(404, "NOT_FOUND");
  const data = await findMentionables(parsed.data.q, category.access, user.id);
  return Response.json({ data }, { headers: { "Cache-Control": "private, no-store" } });
}
