// What pages show of news: the public list (filters and Polish search), the
// home page's featured and latest articles, an article, a writer's own
// articles, and the moderators' queue. Visitors see an article only when it
// is published and its time has come (scheduled ones wait), always decided
// against the clock here.
import { authorScope } from "@/lib/auth/authors";
import type { Actor } from "@/lib/auth/permissions";
import { NEWS_AUTHORS } from "@/lib/news/authors";
import { territoryRowMatch } from "@/lib/reference-data/topics";
import { db } from "@/lib/db/client";
import type { NewsKind } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { pendingNewsFieldsOf } from "@/lib/news/schemas";
import { diffWords } from "@/lib/consultations/diff";
import { newsImagePath, renderArticleBody } from "@/lib/news/body";
import { shownVersion } from "@/lib/moderation/shown-version";
import { queueWindow, type QueueFilters } from "@/lib/moderation/queue";
import { idsOrCorrected, type QueryCorrection } from "@/lib/search/forgiving";

export const NEWS_PAGE_SIZE = 20;

export type NewsListFilters = {
  q?: string;
  kind?: NewsKind;
  organisationId?: string;
  institutionId?: string;
  sphereId?: string;
  territoryCode?: string;
  page: number;
};

const cardSelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  lead: true,
  publishedAt: true,
  eventStartsAt: true,
  eventPlace: true,
  featuredAt: true,
  coverImage: { select: { id: true, alt: true, width: true, height: true } },
  organisation: { select: { name: true, slug: true } },
  institution: { select: { name: true, officeName: true, slug: true } },
} satisfies Prisma.NewsArticleSelect;
export type NewsCard = Prisma.NewsArticleGetPayload<{ select: typeof cardSelect }>;

const publicWhere = (now: Date): Prisma.NewsArticleWhereInput => ({ status: "PUBLISHED", publishedAt: { lte: now } });

function listWhere(filters: Omit<NewsListFilters, "page" | "q">, now: Date): Prisma.NewsArticleWhereInput {
  return {
    AND: [
      publicWhere(now),
      filters.kind ? { kind: filters.kind } : {},
      filters.organisationId ? { organisationId: filters.organisationId } : {},
      filters.institutionId ? { institutionId: filters.institutionId } : {},
      filters.sphereId ? { spheres: { some: { sphereId: filters.sphereId } } } : {},
      filters.territoryCode ? { territories: { some: territoryRowMatch(filters.territoryCode) } } : {},
    ],
  };
}

/** Ids of public articles matching the words, newest first (at most 1,000: a search is narrowed, not paged to the end). */
async function searchIds(q: string, now: Date, limit = 1000): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM "NewsArticle"
    WHERE status = 'PUBLISHED' AND "publishedAt" <= ${now} AND "searchVector" @@ pl_search_query(${q})
    ORDER BY "publishedAt" DESC LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/**
 * The public list. A query that finds nothing is corrected word by word
 * (lib/search/forgiving.ts): the list then shows what the corrected query
 * finds, and `correction` says so ("did you mean …").
 */
export async function listPublicNews(
  filters: NewsListFilters,
  now = new Date(),
): Promise<{ items: NewsCard[]; total: number; correction?: QueryCorrection }> {
  const { ids, correction } = filters.q
    ? await idsOrCorrected(filters.q, (q, limit) => searchIds(q, now, limit))
    : { ids: undefined, correction: undefined };
  const where: Prisma.NewsArticleWhereInput = ids
    ? { AND: [listWhere(filters, now), { id: { in: ids } }] }
    : listWhere(filters, now);
  const [items, total] = await Promise.all([
    db().newsArticle.findMany({
      where,
      select: cardSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * NEWS_PAGE_SIZE,
      take: NEWS_PAGE_SIZE,
    }),
    db().newsArticle.count({ where }),
  ]);
  return { items, total, correction };
}

/** The home page's news: up to three featured articles, then the latest others. */
export async function homeNews(now = new Date(), latest = 6): Promise<{ featured: NewsCard[]; latest: NewsCard[] }> {
  const featured = await db().newsArticle.findMany({
    where: { ...publicWhere(now), featuredAt: { not: null } },
    select: cardSelect,
    orderBy: [{ featuredAt: "desc" }, { id: "asc" }],
    take: 3,
  });
  const others = await db().newsArticle.findMany({
    where: { ...publicWhere(now), id: { notIn: featured.map((a) => a.id) } },
    select: cardSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: latest,
  });
  return { featured, latest: others };
}

/** The institutions with public articles, for the office filter (organisations, thousands, are searched instead). */
export async function listNewsInstitutions(now = new Date()): Promise<{ id: string; name: string }[]> {
  return db().$queryRaw<{ id: string; name: string }[]>`
    SELECT i.id, COALESCE(i."officeName", i.name) AS name FROM "Institution" i
    WHERE EXISTS (SELECT 1 FROM "NewsArticle" a WHERE a."institutionId" = i.id AND a.status = 'PUBLISHED' AND a."publishedAt" <= ${now})
    ORDER BY 2`;
}

const articleSelect = {
  ...cardSelect,
  status: true,
  body: true,
  eventEndsAt: true,
  publishAt: true,
  updatedAt: true,
  createdAt: true,
  organisationId: true,
  institutionId: true,
  moderationNote: true,
  author: { select: { name: true } },
  // Pictures and documents still waiting for a moderator are not public.
  images: {
    where: { pending: false },
    select: { id: true, alt: true, width: true, height: true },
    orderBy: { createdAt: "asc" },
  },
  attachments: {
    where: { pending: false },
    select: { id: true, title: true, file: { select: { kind: true, size: true } } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  },
  spheres: {
    select: { sphere: { select: { id: true, code: true, namePl: true, nameEn: true, nameDe: true } } },
    orderBy: { sphere: { sortOrder: "asc" } },
  },
  territories: { select: { territory: { select: { code: true, name: true } } }, orderBy: { territoryCode: "asc" } },
} satisfies Prisma.NewsArticleSelect;
export type NewsArticleView = Prisma.NewsArticleGetPayload<{ select: typeof articleSelect }>;

export async function articleBySlug(slug: string): Promise<NewsArticleView | null> {
  return db().newsArticle.findUnique({ where: { slug }, select: articleSelect });
}

/** The article as its writers see it: with every picture and document, and the change waiting for (or refused by) a moderator. */
export async function articleForEditing(articleId: string) {
  const article = await db().newsArticle.findUnique({
    where: { id: articleId },
    select: {
      ...articleSelect,
      spheres: { select: { sphereId: true } },
      territories: { select: { territoryCode: true } },
      coverImageId: true,
      images: {
        select: { id: true, alt: true, width: true, height: true, pending: true },
        orderBy: { createdAt: "asc" },
      },
      attachments: {
        select: { id: true, title: true, pending: true, file: { select: { kind: true, size: true } } },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      },
      pendingFields: true,
      changeStatus: true,
      changeNote: true,
      pendingCoverImageId: true,
    },
  });
  return article && { ...article, pendingFields: pendingNewsFieldsOf(article.pendingFields) };
}

/** Articles the person may write: of their organisations (owners, editors), their institutions, and the platform's for administrators. */
export async function listWritableArticles(actor: Actor) {
  const { organisationIds, institutionIds, platform } = authorScope(actor, NEWS_AUTHORS);
  const or: Prisma.NewsArticleWhereInput[] = [
    ...(organisationIds.length ? [{ organisationId: { in: organisationIds } }] : []),
    ...(institutionIds.length ? [{ institutionId: { in: institutionIds } }] : []),
    ...(platform ? [{ organisationId: null, institutionId: null }] : []),
  ];
  if (or.length === 0) return [];
  return db().newsArticle.findMany({
    where: { OR: or },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      changeStatus: true,
      publishedAt: true,
      publishAt: true,
      moderationNote: true,
      updatedAt: true,
      organisation: { select: { name: true } },
      institution: { select: { name: true, officeName: true } },
      author: { select: { id: true, name: true } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 200,
  });
}

// The moderators' queue (decisions: lib/news/moderation.ts).

/** A published article with a change waiting for a moderator (its approved state is what the public sees). */
export const isWaitingChange = (article: { status: string; changeStatus: string | null }) =>
  article.status === "PUBLISHED" && article.changeStatus === "PENDING";

/** What a moderator decides on: the article or change as written, with its pictures and documents. */
export const shownArticleSelect = {
  status: true,
  kind: true,
  title: true,
  lead: true,
  body: true,
  eventStartsAt: true,
  eventEndsAt: true,
  eventPlace: true,
  publishAt: true,
  coverImageId: true,
  changeStatus: true,
  pendingFields: true,
  pendingCoverImageId: true,
  images: { select: { id: true, alt: true, pending: true }, orderBy: { id: "asc" } },
  attachments: { select: { id: true, title: true, pending: true }, orderBy: { id: "asc" } },
} as const satisfies Prisma.NewsArticleSelect;
export type VersionedArticle = Prisma.NewsArticleGetPayload<{ select: typeof shownArticleSelect }>;

/** The fingerprint of what the moderators' queue shows of the article (lib/moderation/shown-version.ts). */
export function articleVersion(a: VersionedArticle): string {
  return shownVersion([
    a.status,
    a.kind,
    a.title,
    a.lead,
    a.body,
    a.eventStartsAt,
    a.eventEndsAt,
    a.eventPlace,
    a.publishAt,
    a.coverImageId,
    a.changeStatus,
    a.pendingFields,
    a.pendingCoverImageId,
    a.images.map((i) => [i.id, i.alt, i.pending]),
    a.attachments.map((f) => [f.id, f.title, f.pending]),
  ]);
}

/** The article's fingerprint now (the demo data decides without a queue). */
export async function currentArticleVersion(articleId: string): Promise<string> {
  return articleVersion(
    await db().newsArticle.findUniqueOrThrow({ where: { id: articleId }, select: shownArticleSelect }),
  );
}

const queueSelect = {
  id: true,
  slug: true,
  submittedAt: true,
  publishedAt: true,
  featuredAt: true,
  author: { select: { name: true } },
  organisation: { select: { name: true, slug: true } },
  institution: { select: { name: true, officeName: true } },
  changeSubmittedAt: true,
  ...shownArticleSelect,
  // The same rows, in the same order, as the fingerprint, with what showing them takes.
  images: { select: { id: true, alt: true, pending: true, width: true, height: true }, orderBy: { id: "asc" } },
  attachments: {
    select: { id: true, title: true, pending: true, file: { select: { kind: true, size: true } } },
    orderBy: { id: "asc" },
  },
} as const satisfies Prisma.NewsArticleSelect;
type QueueRow = Prisma.NewsArticleGetPayload<{ select: typeof queueSelect }>;

/**
 * A change to a published article as the moderator must see it before deciding:
 * the new text rendered as the article would show it (its waiting pictures
 * too: moderators may open them), what changed in the text word by word, and
 * the new cover, pictures and documents with their addresses. Null title and
 * lead: the text is not part of the change.
 */
function pendingChange(article: QueueRow) {
  if (!isWaitingChange(article)) return null;
  const fields = pendingNewsFieldsOf(article.pendingFields);
  const picture = (image: QueueRow["images"][number]) => ({
    id: image.id,
    alt: image.alt,
    width: image.width,
    height: image.height,
    src: newsImagePath(image.id),
  });
  const cover = article.images.find((image) => image.id === article.pendingCoverImageId);
  return {
    title: fields?.title ?? null,
    lead: fields?.lead ?? null,
    bodyHtml: renderArticleBody(fields?.body ?? article.body, article.images, 5),
    bodyDiff: fields && fields.body !== article.body ? diffWords(article.body, fields.body) : null,
    // The kind and an event's time and place are public too: shown when the change sets them anew.
    details:
      fields &&
      (fields.kind !== article.kind ||
        fields.eventPlace !== article.eventPlace ||
        fields.eventStartsAt?.getTime() !== article.eventStartsAt?.getTime() ||
        fields.eventEndsAt?.getTime() !== article.eventEndsAt?.getTime())
        ? {
            kind: fields.kind,
            eventStartsAt: fields.eventStartsAt,
            eventEndsAt: fields.eventEndsAt,
            eventPlace: fields.eventPlace,
          }
        : null,
    cover: cover ? picture(cover) : null,
    images: article.images.filter((image) => image.pending).map(picture),
    attachments: article.attachments
      .filter((file) => file.pending)
      .map((file) => ({
        id: file.id,
        title: file.title,
        kind: file.file.kind,
        size: file.file.size,
        href: `/api/news/${article.id}/attachments/${file.id}`,
      })),
  };
}

/** The moderators' filters in news: a topic is a sphere, an author the organisation that wrote it. */
function moderationFilterWhere(filters: QueueFilters): Prisma.NewsArticleWhereInput {
  return {
    ...(filters.topic ? { spheres: { some: { sphereId: filters.topic } } } : {}),
    ...(filters.author ? { organisationId: filters.author } : {}),
  };
}

/**
 * What the moderators work through: articles to approve (oldest first);
 * under post-moderation, published ones not yet looked at; and the latest
 * published, to feature or take down. The filters narrow all three, the page
 * the first two.
 */
export async function newsModerationQueue(filters: QueueFilters = {}) {
  const { skip, take } = queueWindow(filters);
  const narrowed = moderationFilterWhere(filters);
  const [pending, toReview, published] = await Promise.all([
    db().newsArticle.findMany({
      where: { ...narrowed, OR: [{ status: "PENDING" }, { status: "PUBLISHED", changeStatus: "PENDING" }] },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip,
      take,
      select: queueSelect,
    }),
    db().newsArticle.findMany({
      where: { ...narrowed, status: "PUBLISHED", reviewedAt: null },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip,
      take,
      select: queueSelect,
    }),
    db().newsArticle.findMany({
      where: { ...narrowed, status: "PUBLISHED", reviewedAt: { not: null } },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: 20,
      select: queueSelect,
    }),
  ]);
  const withVersion = (articles: QueueRow[]) =>
    articles.map((article) => ({ ...article, version: articleVersion(article), change: pendingChange(article) }));
  return { pending: withVersion(pending), toReview: withVersion(toReview), published: withVersion(published) };
}
export type PendingChangeView = NonNullable<ReturnType<typeof pendingChange>>;
export type QueuedArticle = Awaited<ReturnType<typeof newsModerationQueue>>["pending"][number];
