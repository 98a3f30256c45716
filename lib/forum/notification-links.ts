// Where forum notices lead: the thread (at the post concerned, through its
// permanent address ?wpis=N) when the reader may read it; a held thread only
// for its author and the moderators. A thread merged into another leads to
// where its posts are now.
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { mayRead } from "@/lib/forum/access";
import { movedPost } from "@/lib/forum/restructure";
import { linksFor, subjectIds, type LinkResolver, type NotificationLink } from "@/lib/notifications/links";

export const forumLinks: LinkResolver = async (refs) =>
  new Map(refs.map((ref) => [ref.key, { pathname: "/forum" } satisfies NotificationLink]));

const threadRules = {
  id: true,
  heldAt: true,
  authorId: true,
  category: { select: { access: true, openToPublic: true } },
} as const;

export const forumThreadLinks: LinkResolver = async (refs, reader) => {
  const threads = await db().forumThread.findMany({ where: { id: { in: subjectIds(refs) } }, select: threadRules });
  const found = new Set(threads.map((t) => t.id));
  // A thread that is gone was merged: its entries lead to where its posts are now (one look-up each).
  const current = [];
  for (const ref of refs) {
    const move = found.has(ref.subjectId) ? null : await movedPost(ref.subjectId, Number(ref.data.post ?? 1) || 1);
    current.push(move ? { ...ref, subjectId: move.threadId, data: { ...ref.data, post: String(move.number) } } : ref);
  }
  const targets = [...new Set(current.map((ref) => ref.subjectId))].filter((id) => !found.has(id));
  const all =
    targets.length > 0
      ? [...threads, ...(await db().forumThread.findMany({ where: { id: { in: targets } }, select: threadRules }))]
      : threads;
  const visible = new Map(
    all
      .filter(
        (t) =>
          mayRead(reader, t.category) && (!t.heldAt || t.authorId === reader.id || can(reader, "content.moderate")),
      )
      .map((t) => [t.id, t]),
  );
  return linksFor(current, visible, (ref) => {
    const post = ref.data.post;
    return {
      pathname: "/forum/threads/[id]",
      params: { id: ref.subjectId },
      ...(post ? { query: { wpis: post }, hash: `wpis-${post}` } : {}),
    };
  });
};
