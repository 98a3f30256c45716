// One search across the platform (issue 24): the query is run against every
// module at once, each through its own Polish-aware index and with exactly
// what a visitor may see there (published, not held, open forum categories,
// never drafts), so the results page is the same for everyone and reads no
// session. Each kind gives its best few and a count capped at COUNT_CAP: the
// page says "more than 100" and links to the module's own search, which pages
// through all of them; counting a common word to the end would read every
// match in a national register. A query that finds nothing anywhere is
// corrected word by word (lib/search/forgiving.ts), a word being kept when it
// finds something in any module.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { postMatches, threadMatches } from "@/lib/forum/search";
import { correctQuery, type QueryCorrection } from "@/lib/search/forgiving";
import { listedSql, polishToday } from "@/lib/partnerships/list/queries";

/** Results shown per kind; the module's own search shows the rest. */
export const TOP = 5;
/** Counts stop here: above it the page says "more than". */
export const COUNT_CAP = 100;
/** Organisations ranked for the best few (see below). */
const RANKED = 2_000;
/** Matching forum posts read for the forum group (see forumGroup). */
const POSTS_READ = 1_000;
/** How long the forum's posts may be searched before the group makes do with the threads' titles. */
const POSTS_BUDGET_MS = 20;

export const SEARCH_KINDS = [
  "organisations",
  "institutions",
  "consultations",
  "news",
  "library",
  "forum",
  "ideas",
  "partnerships",
  "competitions",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface GlobalHit {
  id: string;
  /** The slug of the item's page (a forum thread's id). */
  slug: string;
  title: string;
  /** A second line: the seat, the office. */
  detail: string | null;
  /** When it was published (news), for the page to say in the reader's language. */
  date: Date | null;
}

export interface GlobalGroup {
  kind: SearchKind;
  /** Matches, at most COUNT_CAP + 1 (then `more` is true). */
  count: number;
  more: boolean;
  hits: GlobalHit[];
}

export interface GlobalSearchResult {
  query: string;
  correction?: QueryCorrection;
  groups: GlobalGroup[];
}

type Row = Omit<GlobalHit, "date"> & { date?: Date | null; total: bigint };

/**
 * The best TOP rows of `from` by `order`, with how many rows `from` has, up
 * to COUNT_CAP + 1 (an uncorrelated subquery: counted once, and stopped early).
 */
async function top(
  kind: SearchKind,
  select: Prisma.Sql,
  from: Prisma.Sql,
  order: Prisma.Sql,
  matches?: Prisma.Sql,
): Promise<GlobalGroup> {
  // `matches`, when given, is read once into "m" for both the count and the best few (`from` reads "m").
  const rows = await db().$queryRaw<Row[]>(topSql(select, from, order, matches));
  return group(kind, rows);
}

function topSql(select: Prisma.Sql, from: Prisma.Sql, order: Prisma.Sql, matches?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    ${matches ? Prisma.sql`WITH m AS MATERIALIZED (${matches})` : Prisma.empty}
    SELECT ${select}, (SELECT count(*) FROM (SELECT 1 ${from} LIMIT ${COUNT_CAP + 1}) capped) AS total
    ${from} ORDER BY ${order} LIMIT ${TOP}`;
}

/** The rows of `query`, or undefined when it takes longer than `ms` (PostgreSQL cancels it then). */
export async function timeBoxed<T>(ms: number, query: Prisma.Sql): Promise<T[] | undefined> {
  const client = db();
  try {
    const [, rows] = await client.$transaction([
      client.$queryRaw`SELECT set_config('statement_timeout', ${String(ms)}, true)`,
      client.$queryRaw<T[]>(query),
    ]);
    return rows;
  } catch (error) {
    // 57014: query_canceled, here by the statement timeout.
    if (String((error as Error).message).includes("57014") || /statement timeout/i.test(String(error)))
      return undefined;
    throw error;
  }
}

/**
 * The forum group as lib/forum/search.ts finds for a visitor: threads by
 * their titles, and, when the titles give fewer than the best few, by the
 * text of their posts. A common word matches a large share of a national
 * forum's posts, and finding them in the index costs more than the page's
 * whole budget whatever is read of them (a pair of words in a quarter of
 * 200,000 posts: 25 ms in the GIN index alone; the bench's forum has a
 * million), while a rare word takes a few milliseconds; so the posts are searched only
 * within POSTS_BUDGET_MS, and only their first POSTS_READ matches are read;
 * failing that, the titles stand (the link below the group leads to the
 * forum's own search, which pages through every post).
 */
async function forumGroup(q: string): Promise<GlobalGroup> {
  const select = Prisma.sql`t.id, t.id AS slug, t.title, NULL::text AS detail`;
  const order = Prisma.sql`t."lastPostAt" DESC, t.id DESC`;
  const byTitle = Prisma.sql`SELECT t.id, t.title, t."lastPostAt" FROM "ForumThread" t
    JOIN "ForumCategory" c ON c.id = t."categoryId" WHERE ${threadMatches(null, q)}`;
  const titles = await top("forum", select, Prisma.sql`FROM (${byTitle}) t`, order);
  if (titles.count >= TOP) return titles;
  const rows = await timeBoxed<Row>(
    POSTS_BUDGET_MS,
    topSql(
      select,
      Prisma.sql`FROM (
        ${byTitle}
        UNION
        SELECT t.id, t.title, t."lastPostAt" FROM "ForumThread" t WHERE t.id IN (
          SELECT p."threadId" FROM "ForumPost" p JOIN "ForumThread" t ON t.id = p."threadId"
            JOIN "ForumCategory" c ON c.id = t."categoryId"
          WHERE ${postMatches(null, q)}
          LIMIT ${POSTS_READ})
      ) t`,
      order,
    ),
  );
  return rows ? group("forum", rows) : titles;
}

function group(kind: SearchKind, rows: Row[]): GlobalGroup {
  const count = Number(rows[0]?.total ?? 0);
  return {
    kind,
    count: Math.min(count, COUNT_CAP),
    more: count > COUNT_CAP,
    hits: rows.map(({ id, slug, title, detail, date }) => ({ id, slug, title, detail, date: date ?? null })),
  };
}

/** What each kind matches for `q`, as the module's own public search matches it (same functions, same indexes). */
function kindQueries(q: string, now: Date): Record<SearchKind, () => Promise<GlobalGroup>> {
  const query = Prisma.sql`pl_search_query(${q})`;
  return {
    // lib/directory/search.ts: every organisation in the register is public; best matches first. Only
    // the first RANKED matches are ranked: a name finds far fewer, while ranking a common word's tens of
    // thousands of matches in the national register would cost most of the page's time (the directory,
    // linked below, ranks them all).
    organisations: () =>
      top(
        "organisations",
        Prisma.sql`o.id, o.slug, o.name AS title, t.name AS detail`,
        Prisma.sql`FROM m o JOIN "Territory" t ON t.code = o."seatTerritoryCode"`,
        Prisma.sql`ts_rank(o."searchVector", ${query}) DESC, o.name COLLATE "pl-x-icu", o.id`,
        Prisma.sql`SELECT o.id, o.slug, o.name, o."seatTerritoryCode", o."searchVector" FROM "Organisation" o
          WHERE o."searchVector" @@ ${query} LIMIT ${RANKED}`,
      ),
    // Offices by their names (the institution_search migration's vector).
    institutions: () =>
      top(
        "institutions",
        Prisma.sql`i.id, i.slug, COALESCE(i."officeName", i.name) AS title, CASE WHEN i."officeName" IS NULL THEN NULL ELSE i.name END AS detail`,
        Prisma.sql`FROM "Institution" i WHERE i."searchVector" @@ ${query}`,
        Prisma.sql`i.name COLLATE "pl-x-icu", i.id`,
      ),
    // lib/consultations/queries.ts: titles, summaries and the text of the units; never drafts.
    consultations: () =>
      top(
        "consultations",
        Prisma.sql`c.id, c.slug, c.title, COALESCE(i."officeName", i.name) AS detail`,
        Prisma.sql`FROM "Consultation" c JOIN "Institution" i ON i.id = c."institutionId"
          WHERE c.status <> 'DRAFT' AND c."searchVector" @@ ${query}`,
        Prisma.sql`ts_rank(c."searchVector", ${query}) DESC, c."endsAt" DESC, c.id`,
      ),
    // lib/news/queries.ts: published articles whose time has come.
    news: () =>
      top(
        "news",
        Prisma.sql`a.id, a.slug, a.title, NULL::text AS detail, a."publishedAt" AS date`,
        Prisma.sql`FROM "NewsArticle" a WHERE a.status = 'PUBLISHED' AND a."publishedAt" <= ${now} AND a."searchVector" @@ ${query}`,
        Prisma.sql`a."publishedAt" DESC, a.id`,
      ),
    // lib/library/queries.ts: accepted documents by their title and description or the text of their current file.
    library: () =>
      top(
        "library",
        Prisma.sql`d.id, d.slug, d.title, NULL::text AS detail`,
        Prisma.sql`FROM (
            SELECT d.id, d.slug, d.title, d."updatedAt" FROM "LibraryDocument" d
            WHERE d."searchVector" @@ ${query} AND d.review = 'ACCEPTED' AND d."currentVersionId" IS NOT NULL
            UNION
            SELECT d.id, d.slug, d.title, d."updatedAt" FROM "LibraryDocumentVersion" v JOIN "LibraryDocument" d ON d."currentVersionId" = v.id
            WHERE v."searchVector" @@ ${query} AND d.review = 'ACCEPTED'
          ) d`,
        Prisma.sql`d."updatedAt" DESC, d.id`,
      ),
    forum: () => forumGroup(q),
    // lib/ideas/queries.ts: published entries, not merged into another.
    ideas: () =>
      top(
        "ideas",
        Prisma.sql`e.id, e.slug, e.title, NULL::text AS detail`,
        Prisma.sql`FROM "Idea" e WHERE e.visibility = 'PUBLISHED' AND e.status <> 'MERGED' AND e."searchVector" @@ ${query}`,
        Prisma.sql`e."publishedAt" DESC, e.id`,
      ),
    // lib/partnerships/list/queries.ts: listed requests only (open, published, replies not closed).
    partnerships: () =>
      top(
        "partnerships",
        Prisma.sql`r.id, r.slug, r.title, NULL::text AS detail`,
        Prisma.sql`FROM "PartnerRequest" r WHERE ${listedSql(polishToday(now))} AND r."searchVector" @@ ${query}`,
        Prisma.sql`ts_rank(r."searchVector", ${query}) DESC, r."repliesCloseOn", r.id`,
      ),
    // lib/competitions/list.ts: announced competitions of every phase (never drafts), the latest deadline first.
    competitions: () =>
      top(
        "competitions",
        Prisma.sql`c.id, c.slug, c.title, COALESCE(i."officeName", i.name) AS detail`,
        Prisma.sql`FROM "Competition" c JOIN "Institution" i ON i.id = c."institutionId"
          WHERE c.status IN ('PUBLISHED', 'DECIDED', 'ANNULLED') AND c."searchVector" @@ ${query}`,
        Prisma.sql`ts_rank(c."searchVector", ${query}) DESC, c."offersDeadline" DESC, c.id`,
      ),
  };
}

async function searchAll(q: string, now: Date): Promise<GlobalGroup[]> {
  const queries = kindQueries(q, now);
  return Promise.all(SEARCH_KINDS.map((kind) => queries[kind]()));
}

/** Whether one word finds anything a visitor may see in any module (the typo fallback keeps such words). */
async function wordFindsAnywhere(word: string, now: Date): Promise<boolean> {
  const groups = await searchAll(word, now);
  return groups.some((group) => group.count > 0);
}

/** The search behind /szukaj; `q` is already trimmed and validated (lib/search/global-params.ts). */
export async function searchEverywhere(q: string, now = new Date()): Promise<GlobalSearchResult> {
  const groups = await searchAll(q, now);
  if (groups.some((group) => group.count > 0)) return { query: q, groups };
  const correction = await correctQuery(q, (word) => wordFindsAnywhere(word, now));
  if (!correction) return { query: q, groups };
  const corrected = await searchAll(correction.query, now);
  return corrected.some((group) => group.count > 0)
    ? { query: correction.query, correction, groups: corrected }
    : { query: q, groups };
}
