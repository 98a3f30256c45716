// Searching the forum the way the directory is searched (Polish words folded
// and stemmed, prefix matched: lib/directory/search.ts): thread titles, and
// posts by their text, newest first, only in categories the reader may read.
// The total is counted only up to POST_COUNT_CAP: for a common word an exact
// total would read every match, while the page says "more than 500" at the
// cost of at most 501 rows.
import type { Actor } from "@/lib/auth/permissions";
import { readableAccess } from "@/lib/forum/access";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { correctQuery, type QueryCorrection } from "@/lib/search/forgiving";

export const SEARCH_PAGE_SIZE = 20;
export const POST_COUNT_CAP = 500;

/** Words the search can use: letters or digits somewhere in the query. */
export const searchable = (q: string | undefined): q is string =>
  typeof q === "string" && /[\p{L}\p{N}]/u.test(q) && q.trim().length <= 200;

function readable(actor: Actor | null): Prisma.Sql {
  const access = readableAccess(actor);
  return access.length === 0
    ? Prisma.sql`c."openToPublic"`
    : Prisma.sql`(c."openToPublic" OR c.access::text = ANY(${access}::text[]))`;
}

/** A thread whose title matches `q`, not held, in a category `actor` may read (reads "t" and "c"). */
export function threadMatches(actor: Actor | null, q: string): Prisma.Sql {
  return Prisma.sql`t."searchVector" @@ pl_search_query(${q}) AND t."heldAt" IS NULL AND ${readable(actor)}`;
}

/**
 * A post whose text matches `q`, shown to readers, in a thread not held for
 * review (its title and replies are not public until a moderator lets it
 * through), in a category `actor` may read (reads "p", "t" and "c").
 */
export function postMatches(actor: Actor | null, q: string): Prisma.Sql {
  return Prisma.sql`p."searchVector" @@ pl_search_query(${q}) AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL AND p."heldAt" IS NULL AND t."heldAt" IS NULL AND ${readable(actor)}`;
}

export type PostHit = {
  id: string;
  number: number;
  threadId: string;
  excerpt: string;
  createdAt: Date;
  title: string;
  categorySlug: string;
  categoryName: unknown;
  author: string | null;
  authorGone: boolean;
  organisation: string | null;
};

export async function searchPosts(
  actor: Actor | null,
  q: string,
  page: number,
): Promise<{ hits: PostHit[]; more: boolean }> {
  const rows = await db().$queryRaw<PostHit[]>`
    SELECT p.id, p.number, p."threadId", left(p.body, 600) AS excerpt, p."createdAt", t.title, c.slug AS "categorySlug", c.name AS "categoryName",
           u.name AS author, (u."deletedAt" IS NOT NULL) AS "authorGone", o.name AS organisation
    FROM "ForumPost" p
    JOIN "ForumThread" t ON t.id = p."threadId"
    JOIN "ForumCategory" c ON c.id = t."categoryId"
    LEFT JOIN "User" u ON u.id = p."authorId"
    LEFT JOIN "Organisation" o ON o.id = p."organisationId"
    WHERE ${postMatches(actor, q)}
    ORDER BY p."createdAt" DESC, p.id DESC
    LIMIT ${SEARCH_PAGE_SIZE + 1} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`;
  return { hits: rows.slice(0, SEARCH_PAGE_SIZE), more: rows.length > SEARCH_PAGE_SIZE };
}

/** How many posts the words find for the reader, up to POST_COUNT_CAP (`more`: there are more than that). */
export async function countPosts(actor: Actor | null, q: string): Promise<{ count: number; more: boolean }> {
  const [row] = await db().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (
      SELECT 1
      FROM "ForumPost" p
      JOIN "ForumThread" t ON t.id = p."threadId"
      JOIN "ForumCategory" c ON c.id = t."categoryId"
      WHERE ${postMatches(actor, q)}
      LIMIT ${POST_COUNT_CAP + 1}
    ) hits`;
  const count = row?.count ?? 0;
  return { count: Math.min(count, POST_COUNT_CAP), more: count > POST_COUNT_CAP };
}

/** How many thread titles the words find for the reader, capped like the posts (the page lists only a few of them). */
export async function countThreads(actor: Actor | null, q: string): Promise<{ count: number; more: boolean }> {
  const [row] = await db().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (
      SELECT 1
      FROM "ForumThread" t JOIN "ForumCategory" c ON c.id = t."categoryId"
      WHERE ${threadMatches(actor, q)}
      LIMIT ${POST_COUNT_CAP + 1}
    ) hits`;
  const count = row?.count ?? 0;
  return { count: Math.min(count, POST_COUNT_CAP), more: count > POST_COUNT_CAP };
}

export type ThreadHit = {
  id: string;
  title: string;
  postCount: number;
  lastPostAt: Date;
  categorySlug: string;
  categoryName: unknown;
};

/** Threads whose titles match, the most recently active first (a few, above the posts). */
export async function searchThreads(actor: Actor | null, q: string, limit = 5): Promise<ThreadHit[]> {
  return db().$queryRaw<ThreadHit[]>`
    SELECT t.id, t.title, t."postCount", t."lastPostAt", c.slug AS "categorySlug", c.name AS "categoryName"
    FROM "ForumThread" t JOIN "ForumCategory" c ON c.id = t."categoryId"
    WHERE ${threadMatches(actor, q)}
    ORDER BY t."lastPostAt" DESC, t.id DESC
    LIMIT ${limit}`;
}

/** Whether the words find a thread's title or a post the reader may read. */
async function findsAnything(actor: Actor | null, q: string): Promise<boolean> {
  const [row] = await db().$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "ForumThread" t JOIN "ForumCategory" c ON c.id = t."categoryId"
      WHERE ${threadMatches(actor, q)}
    ) OR EXISTS (
      SELECT 1 FROM "ForumPost" p JOIN "ForumThread" t ON t.id = p."threadId" JOIN "ForumCategory" c ON c.id = t."categoryId"
      WHERE ${postMatches(actor, q)}
    ) AS found`;
  return row?.found ?? false;
}

/**
 * For a query that found neither threads nor posts: the query with each word
 * that finds nothing replaced by the nearest word of the platform's titles
 * and names (lib/search/forgiving.ts), when that finds something the reader
 * may read; the page then searches for it and says "did you mean …".
 */
export async function forumCorrection(actor: Actor | null, q: string): Promise<QueryCorrection | undefined> {
  const correction = await correctQuery(q, (word) => findsAnything(actor, word));
  return correction && (await findsAnything(actor, correction.query)) ? correction : undefined;
}
