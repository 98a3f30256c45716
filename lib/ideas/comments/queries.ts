// Reading an entry's discussion and the moderators' queue of comments.
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { heldCommentVersion } from "@/lib/ideas/comments/held-version";
import { commentForReader } from "@/lib/ideas/comments/policy";
import { queueWindow, type QueueFilters } from "@/lib/moderation/queue";

export const COMMENTS_PAGE_SIZE = 50;

const commentSelect = {
  id: true,
  number: true,
  authorId: true,
  body: true,
  pendingBody: true,
  editedAt: true,
  deletedAt: true,
  heldAt: true,
  hiddenAt: true,
  hiddenReason: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
  organisation: { select: { id: true, name: true, slug: true } },
} as const satisfies Prisma.IdeaCommentSelect;

/**
 * One page of an entry's discussion as this reader sees it, oldest first;
 * held comments appear only to their author and the moderators. Null when
 * the entry's discussion is not public (the entry is not published).
 */
export async function commentsOf(ideaId: string, reader: Actor | null, page = 1) {
  const idea = await db().idea.findUnique({ where: { id: ideaId }, select: { visibility: true } });
  if (!idea || idea.visibility !== "PUBLISHED") return null;
  const moderates = reader !== null && can(reader, "content.moderate");
  const where: Prisma.IdeaCommentWhereInput = {
    ideaId,
    ...(moderates ? {} : { OR: [{ heldAt: null }, ...(reader ? [{ authorId: reader.id }] : [])] }),
  };
  const [total, comments] = await Promise.all([
    db().ideaComment.count({ where }),
    db().ideaComment.findMany({
      where,
      orderBy: { number: "asc" },
      skip: (Math.max(1, page) - 1) * COMMENTS_PAGE_SIZE,
      take: COMMENTS_PAGE_SIZE,
      select: commentSelect,
    }),
  ]);
  const viewer = reader ? { id: reader.id, moderates } : null;
  return {
    total,
    page: Math.max(1, page),
    pages: Math.max(1, Math.ceil(total / COMMENTS_PAGE_SIZE)),
    comments: comments.map((comment) => ({
      ...commentForReader(comment, viewer),
      // What a moderator restoring a hidden comment was shown of it.
      shown: moderates && comment.hiddenAt ? heldCommentVersion(comment) : null,
    })),
  };
}
export type CommentOnPage = NonNullable<Awaited<ReturnType<typeof commentsOf>>>["comments"][number];

/**
 * What waits for the moderators: comments held for a blocked word or with a
 * held edit, then comments with open flags (most recently flagged first),
 * each with its `shown` fingerprint. A topic narrows to one entry's
 * discussion, an author to one writer.
 */
export async function commentModerationQueue(filters: QueueFilters = {}) {
  const window = queueWindow(filters);
  const narrowed: Prisma.IdeaCommentWhereInput = {
    ...(filters.author ? { authorId: filters.author } : {}),
  };
  const held = await db().ideaComment.findMany({
    where: {
      ...narrowed,
      OR: [{ heldAt: { not: null } }, { pendingBody: { not: null } }],
      hiddenAt: null,
      deletedAt: null,
    },
    orderBy: [{ createdAt: "desc" }],
    ...window,
    select: { id: true },
  });
  const flagged = await db().ideaCommentFlag.groupBy({
    by: ["commentId"],
    where: { resolvedAt: null, ...(filters.author ? { comment: narrowed } : {}) },
    _max: { createdAt: true },
    orderBy: { _max: { createdAt: "desc" } },
    ...window,
  });
  const ids = [...new Set([...held.map((c) => c.id), ...flagged.map((f) => f.commentId)])];
  const comments = await db().ideaComment.findMany({
    where: { id: { in: ids } },
    select: {
      ...commentSelect,
      idea: { select: { id: true, slug: true, title: true } },
      flags: {
        where: { resolvedAt: null },
        orderBy: { createdAt: "asc" },
        select: { reason: true, note: true, createdAt: true },
      },
    },
  });
  const order = new Map(ids.map((id, index) => [id, index]));
  return comments
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((comment) => ({ ...comment, shown: heldCommentVersion(comment) }));
}
export type QueuedComment = Awaited<ReturnType<typeof commentModerationQueue>>[number];
