// Searches the organisation directory. Words are matched by the Polish-aware
// SQL functions of the directory_search and search_lexicon migrations (folded,
// stemmed, prefix matched, any form of the word's lemma, abbreviations both
// ways); a query that finds nothing is corrected word by word (lib/search/forgiving.ts)
// and, failing that, names are matched by trigram similarity to the whole query.
// Facet counts follow the usual rule: each filter's options are counted with
// every other filter applied, so a count says what choosing it would give.
import { Prisma } from "@/lib/generated/prisma/client";
import type { LegalForm, TargetGroup } from "@/lib/generated/prisma/enums";
import { keptOrLoaded, TtlCache } from "@/lib/cache/ttl-cache";
import { db } from "@/lib/db/client";
import { effectiveSort, PAGE_SIZE, type DirectoryFilters } from "@/lib/directory/filters";
import { correctQuery, type QueryCorrection } from "@/lib/search/forgiving";

export interface DirectoryItem {
  id: string;
  slug: string;
  name: string;
  shortName: string | null;
  legalForm: LegalForm;
  krs: string | null;
  nip: string | null;
  regon: string | null;
  registeredOn: Date | null;
  seatTerritoryCode: string;
  seatName: string;
  hasPublicBenefitStatus: boolean;
  verified: boolean;
  inLiquidation: boolean;
  sphereIds: string[];
  targetGroups: TargetGroup[];
  createdAt: Date;
}

export interface DirectoryFacets {
  form: Record<string, number>;
  powiat: Record<string, number>;
  gmina: Record<string, number>;
  sphere: Record<string, number>;
  group: Record<string, number>;
  opp: number;
  verified: number;
}

type Dimension = "form" | "powiat" | "gmina" | "sphere" | "group" | "opp" | "verified";

/** Words the text functions can use: letters or digits somewhere in the query. */
export function textQuery(filters: DirectoryFilters): string | undefined {
  return filters.q && /[\p{L}\p{N}]/u.test(filters.q) ? filters.q : undefined;
}

/**
 * How the words are matched: "words" by stems (the normal case), "fuzzy" by
 * trigram similarity of the whole query to names, used only when the words
 * find nothing (a typo), since it costs far more on a large register.
 */
export type TextMode = "words" | "fuzzy";

function textCondition(q: string | undefined, mode: TextMode): Prisma.Sql {
  if (!q) return Prisma.sql`TRUE`;
  return mode === "words"
    ? Prisma.sql`o."searchVector" @@ pl_search_query(${q})`
    : Prisma.sql`pl_fold(${q}) <% o."nameFolded"`;
}

/** The condition of each filter; TRUE where the filter is not set. */
function filterConditions(filters: DirectoryFilters): Record<Dimension, Prisma.Sql> {
  const powiatEnd = filters.powiat ? String(Number(filters.powiat) + 1).padStart(4, "0") : "";
  return {
    form: filters.form ? Prisma.sql`o."legalForm" = ${filters.form}::"LegalForm"` : Prisma.sql`TRUE`,
    // A range on the gmina code, which the seat index serves.
    powiat: filters.powiat
      ? Prisma.sql`(o."seatTerritoryCode" >= ${filters.powiat} AND o."seatTerritoryCode" < ${powiatEnd})`
      : Prisma.sql`TRUE`,
    gmina: filters.gmina ? Prisma.sql`o."seatTerritoryCode" = ${filters.gmina}` : Prisma.sql`TRUE`,
    sphere: filters.sphere ? Prisma.sql`o."sphereIds" @> ARRAY[${filters.sphere}]::text[]` : Prisma.sql`TRUE`,
    group: filters.group ? Prisma.sql`o."targetGroups" @> ARRAY[${filters.group}]::"TargetGroup"[]` : Prisma.sql`TRUE`,
    opp: filters.opp ? Prisma.sql`o."hasPublicBenefitStatus"` : Prisma.sql`TRUE`,
    verified: filters.verified ? Prisma.sql`o."verifiedAt" IS NOT NULL` : Prisma.sql`TRUE`,
  };
}

function filterIsSet(filters: DirectoryFilters, dimension: Dimension): boolean {
  return filters[dimension] !== undefined;
}

export function whereClause(filters: DirectoryFilters, mode: TextMode = "words"): Prisma.Sql {
  const conditions = filterConditions(filters);
  return Prisma.join([textCondition(textQuery(filters), mode), ...Object.values(conditions)], " AND ");
}

export function orderClause(filters: DirectoryFilters, mode: TextMode): Prisma.Sql {
  const q = textQuery(filters);
  switch (effectiveSort({ ...filters, q })) {
    case "relevance":
      return mode === "words"
        ? Prisma.sql`ts_rank(o."searchVector", pl_search_query(${q})) DESC, o.name COLLATE "pl-x-icu", o.id`
        : Prisma.sql`word_similarity(pl_fold(${q}), o."nameFolded") DESC, o.name COLLATE "pl-x-icu", o.id`;
    case "newest":
      return Prisma.sql`o."createdAt" DESC, o.id DESC`;
    case "name":
      return Prisma.sql`o.name COLLATE "pl-x-icu", o.id`;
  }
}

export const DIRECTORY_COLUMNS = Prisma.sql`
  o.id, o.slug, o.name, o."shortName", o."legalForm", o.krs, o.nip, o.regon, o."registeredOn", o."seatTerritoryCode", t.name AS "seatName",
  o."hasPublicBenefitStatus", o."verifiedAt" IS NOT NULL AS verified, o."inLiquidation", o."sphereIds",
  o."targetGroups"::text[] AS "targetGroups", o."createdAt"`;

/** One page of organisations matching `filters`, best first for a text query, else by name. */
export async function searchDirectoryPage(
  filters: DirectoryFilters,
  pageSize = PAGE_SIZE,
  mode: TextMode = "words",
): Promise<DirectoryItem[]> {
  const offset = ((filters.page ?? 1) - 1) * pageSize;
  return db().$queryRaw<DirectoryItem[]>`
    SELECT ${DIRECTORY_COLUMNS}
    FROM "Organisation" o JOIN "Territory" t ON t.code = o."seatTerritoryCode"
    WHERE ${whereClause(filters, mode)}
    ORDER BY ${orderClause(filters, mode)}
    LIMIT ${pageSize} OFFSET ${offset}`;
}

/**
 * How many organisations match, and each filter option's count, in one
 * statement: the text match is evaluated once into a materialised set, and
 * each dimension is counted over it with the other filters applied.
 */
type Counts = { total: number; facets: DirectoryFacets };

// Counts do not depend on the page or the order, and the same searches recur
// (paging through results, the popular words, the unfiltered directory);
// counting a broad query over a national register takes hundreds of
// milliseconds, so counts are kept for a minute or until public data changes.
const countsCache = new TtlCache<Promise<Counts>>({ ttlMs: 60_000, maxEntries: 2_000 });

export function countDirectory(filters: DirectoryFilters, mode: TextMode = "words"): Promise<Counts> {
  const key = JSON.stringify([
    mode,
    filters.q,
    filters.sphere,
    filters.form,
    filters.powiat,
    filters.gmina,
    filters.group,
    filters.opp,
    filters.verified,
  ]);
  return keptOrLoaded(countsCache, key, () => countDirectoryNow(filters, mode));
}

async function countDirectoryNow(filters: DirectoryFilters, mode: TextMode): Promise<Counts> {
  const c = filterConditions(filters);
  const dims = Object.keys(c) as Dimension[];
  const active = dims.filter((d) => filterIsSet(filters, d));
  const allBut = (...skip: Dimension[]) =>
    Prisma.join(
      dims.filter((d) => !skip.includes(d)).map((d) => Prisma.raw(`m_${d}`)),
      " AND ",
    );
  // A row failing two filters counts towards no option (each count leaves out
  // only its own filter), so it never enters the set.
  const pruning =
    active.length > 0
      ? Prisma.sql`AND ${Prisma.join(
          active.map((d) => Prisma.sql`(CASE WHEN ${c[d]} THEN 0 ELSE 1 END)`),
          " + ",
        )} <= 1`
      : Prisma.empty;
  const client = db();
  const [, rows] = await client.$transaction([
    // The set is held in memory for the counts; the default 4 MB spills a broad query to disk.
    client.$executeRaw`SET LOCAL work_mem = '32MB'`,
    client.$queryRaw<{ dimension: string; key: string; count: bigint }[]>`
    WITH base AS MATERIALIZED (
      SELECT o."legalForm" AS form, o."seatTerritoryCode" AS gmina, o."sphereIds", o."targetGroups" AS groups,
        o."hasPublicBenefitStatus" AS opp, o."verifiedAt" IS NOT NULL AS verified,
        ${c.form} AS m_form, ${c.powiat} AS m_powiat, ${c.gmina} AS m_gmina, ${c.sphere} AS m_sphere,
        ${c.group} AS m_group, ${c.opp} AS m_opp, ${c.verified} AS m_verified
      FROM "Organisation" o
      WHERE ${textCondition(textQuery(filters), mode)} ${pruning}
    )
    SELECT 'total' AS dimension, '' AS key, count(*) AS count FROM base WHERE ${allBut()}
    UNION ALL SELECT 'form', form::text, count(*) FROM base WHERE ${allBut("form")} GROUP BY form
    UNION ALL SELECT 'powiat', left(gmina, 4), count(*) FROM base WHERE ${allBut("powiat", "gmina")} GROUP BY left(gmina, 4)
    UNION ALL SELECT 'gmina', gmina, count(*) FROM base WHERE ${allBut("gmina")} GROUP BY gmina
    UNION ALL SELECT 'sphere', s, count(*) FROM base, unnest("sphereIds") AS s WHERE ${allBut("sphere")} GROUP BY s
    UNION ALL SELECT 'group', g::text, count(*) FROM base, unnest(groups) AS g WHERE ${allBut("group")} GROUP BY g
    UNION ALL SELECT 'opp', '1', count(*) FROM base WHERE ${allBut("opp")} AND opp
    UNION ALL SELECT 'verified', '1', count(*) FROM base WHERE ${allBut("verified")} AND verified`,
  ]);
  const facets: DirectoryFacets = { form: {}, powiat: {}, gmina: {}, sphere: {}, group: {}, opp: 0, verified: 0 };
  let total = 0;
  for (const row of rows) {
    const count = Number(row.count);
    if (row.dimension === "total") total = count;
    else if (row.dimension === "opp" || row.dimension === "verified") facets[row.dimension] = count;
    else facets[row.dimension as Exclude<Dimension, "opp" | "verified">][row.key] = count;
  }
  return { total, facets };
}

export interface DirectoryResult {
  /**
   * "words" when the query's words matched; "corrected" when they matched
   * nothing and `correction` did; "fuzzy" when the list shows names similar
   * to the whole query.
   */
  mode: TextMode | "corrected";
  correction?: QueryCorrection;
  total: number;
  facets: DirectoryFacets;
  items: DirectoryItem[];
  page: number;
  pageCount: number;
}

/** Whether one word alone finds any organisation (the typo fallback replaces only words that do not). */
async function wordFinds(word: string): Promise<boolean> {
  const [row] = await db().$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Organisation" o WHERE o."searchVector" @@ pl_search_query(${word})) AS found`;
  return row?.found ?? false;
}

/**
 * For a search that finds nothing (the open data API): the query with each
 * word that finds nothing replaced by its nearest word, as the directory
 * page's "did you mean", when that finds something with the same filters.
 */
export async function directorySuggestion(filters: DirectoryFilters): Promise<string | undefined> {
  const q = textQuery(filters);
  if (!q) return undefined;
  const correction = await correctQuery(q, wordFinds);
  if (!correction) return undefined;
  const { total } = await countDirectory({ ...filters, q: correction.query });
  return total > 0 ? correction.query : undefined;
}

export async function searchDirectory(filters: DirectoryFilters): Promise<DirectoryResult> {
  const [words, items] = await Promise.all([countDirectory(filters), searchDirectoryPage(filters)]);
  let mode: DirectoryResult["mode"] = "words";
  let correction: QueryCorrection | undefined;
  let { total, facets } = words;
  let page = items;
  const q = textQuery(filters);
  if (total === 0 && q) {
    correction = await correctQuery(q, wordFinds);
    if (correction) {
      const corrected = { ...filters, q: correction.query };
      [{ total, facets }, page] = await Promise.all([countDirectory(corrected), searchDirectoryPage(corrected)]);
      mode = "corrected";
    }
    if (total === 0) {
      correction = undefined;
      mode = "fuzzy";
      [{ total, facets }, page] = await Promise.all([
        countDirectory(filters, mode),
        searchDirectoryPage(filters, PAGE_SIZE, mode),
      ]);
    }
  }
  return {
    mode,
    correction,
    total,
    facets,
    items: page,
    page: filters.page ?? 1,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
