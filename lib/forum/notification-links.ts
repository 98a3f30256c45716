// Where forum notices lead: the thread (at the post concerned, through its
// permanent address ?wpis=N) when the reader may read it; a held thread only
// for its author and the moderators. A thread merged into another leads to
// where its posts are now.
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { mayRead } from "@/lib/forum/access";
import { movedPost } from "@/lib/forum/restructure";
import { linksFor, subjectIds, type LinkResolver, type NotificationLink } from "@/lib/notifications/links";

export const forumLinks: LinkResolver = async (refs) => new Map(refs.map((ref) => [ref.key, { pathname: "/forum" } satisfies NotificationLink]));

export const forumThreadLinks: LinkResolver = async (refs, reader) => {
  // Where a gone thread's posts went (a merge): one look-up per such thread.
  const moved = new Map<string, { threadId: string; number: number } | null>();
  const threads = await db().forumThread.findMany({ where: { id: { in: subjectIds(refs) } }, select: { id: true } });
  const found = new Set(threads.map((t) => t.id));
  for (const ref of refs) {
    if (!found.has(ref.subjectId) && !moved.has(ref.key)) moved.set(ref.key, await movedPost(ref.subjectId, Number(ref.data.post ?? 1) || 1));
  }
  const wanted = [...found, ...[...moved.values()].flatMap((m) => (m ? [m.threadId] : []))];
  const readable = await db().forumThread.findMany({
    where: { id: { in: wanted } },
    select: { id: true, heldAt: true, authorId: true, category: { select: { access: true, openToPublic: true } } },
  });
  const visible = new Map(
    readable.filter((t) => mayRead(reader, t.category) && (!t.heldAt || t.authorId === reader.id || can(reader, "content.moderate"))).map((t) => [t.id, t]),
  );
  // A merged thread's entries are looked up where its posts are now.
  const current = refs.map((ref) => {
    const move = moved.get(ref.key);
    return move ? { ...ref, subjectId: move.threadId, data: { ...ref.data, post: String(move.number) } } : ref;
  });
  return linksFor(current, visible, (ref) => {
    const post = ref.data.post;
    return { pathname: "/forum/threads/[id]", params: { id: ref.subjectId }, ...(post ? { query: { wpis: post }, hash: `wpis-${post}` } : {}) };
  });
};
