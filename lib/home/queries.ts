// The home page's short lists from the modules whose own lists are too heavy
// to cut down (filters, search, counts): each a few rows off an index, with
// only what a line on the noticeboard shows. What is public is each module's
// rule, repeated here with its source named.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listedRequestWhere } from "@/lib/partnerships/list/queries";

/**
 * Public entries with no answer yet, the first due first: the ideas list's
 * "waiting" order (lib/ideas/queries.ts), off its (visibility, answerDueAt,
 * publishedAt) index. A merged entry lives on in the one it went into.
 */
export function ideasAwaitingAnswer(limit: number) {
  return db().idea.findMany({
    where: { visibility: "PUBLISHED", status: { not: "MERGED" }, firstAnsweredAt: null },
    select: {
      id: true,
      slug: true,
      title: true,
      answerDueAt: true,
      firstAnsweredAt: true,
      addressee: true,
      institution: { select: { name: true, officeName: true } },
    },
    orderBy: [{ answerDueAt: "asc" }, { publishedAt: "asc" }, { id: "asc" }],
    take: limit,
  });
}
export type IdeaAwaitingAnswer = Awaited<ReturnType<typeof ideasAwaitingAnswer>>[number];

/** Listed partner requests (lib/partnerships/list/queries.ts), replies closing soonest first, as the list orders them. */
export function partnerRequestsClosingFirst(limit: number, now = new Date()) {
  return db().partnerRequest.findMany({
    where: listedRequestWhere(now),
    select: {
      id: true,
      slug: true,
      title: true,
      repliesCloseOn: true,
      organisation: { select: { name: true } },
      institution: { select: { name: true, officeName: true } },
    },
    orderBy: [{ repliesCloseOn: "asc" }, { openedAt: "desc" }, { id: "asc" }],
    take: limit,
  });
}
export type PartnerRequestClosing = Awaited<ReturnType<typeof partnerRequestsClosingFirst>>[number];

export type LatestThread = {
  id: string;
  title: string;
  lastPostAt: Date;
  postCount: number;
  categoryName: Prisma.JsonValue;
};

/**
 * The threads with the latest posts in the categories visitors may read
 * (lib/forum/access.ts: openToPublic), never one held for review. Per open
 * category, its latest pinned and unpinned threads come off the
 * (categoryId, pinned, lastPostAt) index, so the country's threads are never
 * sorted as a whole.
 */
export function latestPublicThreads(limit: number): Promise<LatestThread[]> {
  return db().$queryRaw<LatestThread[]>`
    SELECT t.id, t.title, t."lastPostAt", t."postCount", c.name AS "categoryName"
    FROM "ForumCategory" c
    CROSS JOIN LATERAL (
      (SELECT id, title, "lastPostAt", "postCount" FROM "ForumThread"
        WHERE "categoryId" = c.id AND pinned = true AND "heldAt" IS NULL ORDER BY "lastPostAt" DESC LIMIT ${limit})
      UNION ALL
      (SELECT id, title, "lastPostAt", "postCount" FROM "ForumThread"
        WHERE "categoryId" = c.id AND pinned = false AND "heldAt" IS NULL ORDER BY "lastPostAt" DESC LIMIT ${limit})
    ) t
    WHERE c."openToPublic"
    ORDER BY t."lastPostAt" DESC, t.id ASC
    LIMIT ${limit}`;
}
