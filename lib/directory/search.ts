// Searches the organisation directory. Words are matched by the Polish-aware
// SQL functions of the directory_search migration (folded, stemmed, prefix
// matched) and, for typos in names, by trigram similarity to the folded name.
// Facet counts follow the usual rule: each filter's options are counted with
// every other filter applied, so a count says what choosing it would give.
import { Prisma } from "@/lib/generated/prisma/client";
import type { LegalForm, TargetGroup } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { effectiveSort, PAGE_SIZE, type DirectoryFilters } from "@/lib/directory/filters";

export interface DirectoryItem {
  id: string;
  slug: string;
  name: string;
  shortName: string | null;
  legalForm: LegalForm;
  krs: string | null;
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
function textQuery(filters: DirectoryFilters): string | undefined {
  return filters.q && /[\p{L}\p{N}]/u.test(filters.q) ? filters.q : undefined;
}

function textCondition(q: string | undefined): Prisma.Sql {
  if (!q) return Prisma.sql`TRUE`;
  return Prisma.sql`(o."searchVector" @@ pl_search_query(${q}) OR pl_fold(${q}) <% o."nameFolded")`;
}

/** The condition of each filter; TRUE where the filter is not set. */
function filterConditions(filters: DirectoryFilters): Record<Dimension, Prisma.Sql> {
  const powiatEnd = filters.powiat ? String(Number(filters.powiat) + 1).padStart(4, "0") : "";
  return {
    form: filters.form ? Prisma.sql`o."legalForm" = ${filters.form}::"LegalForm"` : Prisma.sql`TRUE`,
    // A range on the gmina code, which the seat index serves.
    powiat: filters.powiat ? Prisma.sql`(o."seatTerritoryCode" >= ${filters.powiat} AND o."seatTerritoryCode" < ${powiatEnd})` : Prisma.sql`TRUE`,
    gmina: filters.gmina ? Prisma.sql`o."seatTerritoryCode" = ${filters.gmina}` : Prisma.sql`TRUE`,
    sphere: filters.sphere ? Prisma.sql`o."sphereIds" @> ARRAY[${filters.sphere}]::text[]` : Prisma.sql`TRUE`,
    group: filters.group ? Prisma.sql`o."targetGroups" @> ARRAY[${filters.group}]::"TargetGroup"[]` : Prisma.sql`TRUE`,
    opp: filters.opp ? Prisma.sql`o."hasPublicBenefitStatus"` : Prisma.sql`TRUE`,
    verified: filters.verified ? Prisma.sql`o."verifiedAt" IS NOT NULL` : Prisma.sql`TRUE`,
  };
}

export function whereClause(filters: DirectoryFilters): Prisma.Sql {
  const conditions = filterConditions(filters);
  return Prisma.join([textCondition(textQuery(filters)), ...Object.values(conditions)], " AND ");
}

function orderClause(filters: DirectoryFilters): Prisma.Sql {
  const q = textQuery(filters);
  switch (effectiveSort({ ...filters, q })) {
    case "relevance":
      return Prisma.sql`coalesce(ts_rank(o."searchVector", pl_search_query(${q})), 0) + word_similarity(pl_fold(${q}), o."nameFolded") DESC, o.name COLLATE "pl-x-icu", o.id`;
    case "newest":
      return Prisma.sql`o."createdAt" DESC, o.id`;
    case "name":
      return Prisma.sql`o.name COLLATE "pl-x-icu", o.id`;
  }
}

export const DIRECTORY_COLUMNS = Prisma.sql`
  o.id, o.slug, o.name, o."shortName", o."legalForm", o.krs, o."seatTerritoryCode", t.name AS "seatName",
  o."hasPublicBenefitStatus", o."verifiedAt" IS NOT NULL AS verified, o."inLiquidation", o."sphereIds",
  o."targetGroups"::text[] AS "targetGroups", o."createdAt"`;

/** One page of organisations matching `filters`, best first for a text query, else by name. */
export async function searchDirectoryPage(filters: DirectoryFilters, pageSize = PAGE_SIZE): Promise<DirectoryItem[]> {
  const offset = ((filters.page ?? 1) - 1) * pageSize;
  return db().$queryRaw<DirectoryItem[]>`
    SELECT ${DIRECTORY_COLUMNS}
    FROM "Organisation" o JOIN "Territory" t ON t.code = o."seatTerritoryCode"
    WHERE ${whereClause(filters)}
    ORDER BY ${orderClause(filters)}
    LIMIT ${pageSize} OFFSET ${offset}`;
}

/**
 * How many organisations match, and each filter option's count, in one
 * statement: the text match is evaluated once into a materialised set, and
 * each dimension is counted over it with the other filters applied.
 */
export async function countDirectory(filters: DirectoryFilters): Promise<{ total: number; facets: DirectoryFacets }> {
  const c = filterConditions(filters);
  const dims = Object.keys(c) as Dimension[];
  const allBut = (...skip: Dimension[]) => Prisma.join(dims.filter((d) => !skip.includes(d)).map((d) => Prisma.raw(`m_${d}`)), " AND ");
  const rows = await db().$queryRaw<{ dimension: string; key: string; count: bigint }[]>`
    WITH base AS MATERIALIZED (
      SELECT o."legalForm"::text AS form, o."seatTerritoryCode" AS gmina, o."sphereIds", o."targetGroups"::text[] AS groups,
        o."hasPublicBenefitStatus" AS opp, o."verifiedAt" IS NOT NULL AS verified,
        ${c.form} AS m_form, ${c.powiat} AS m_powiat, ${c.gmina} AS m_gmina, ${c.sphere} AS m_sphere,
        ${c.group} AS m_group, ${c.opp} AS m_opp, ${c.verified} AS m_verified
      FROM "Organisation" o
      WHERE ${textCondition(textQuery(filters))}
    )
    SELECT 'total' AS dimension, '' AS key, count(*) AS count FROM base WHERE ${allBut()}
    UNION ALL SELECT 'form', form, count(*) FROM base WHERE ${allBut("form")} GROUP BY form
    UNION ALL SELECT 'powiat', left(gmina, 4), count(*) FROM base WHERE ${allBut("powiat", "gmina")} GROUP BY left(gmina, 4)
    UNION ALL SELECT 'gmina', gmina, count(*) FROM base WHERE ${allBut("gmina")} GROUP BY gmina
    UNION ALL SELECT 'sphere', s, count(*) FROM base, unnest("sphereIds") AS s WHERE ${allBut("sphere")} GROUP BY s
    UNION ALL SELECT 'group', g, count(*) FROM base, unnest(groups) AS g WHERE ${allBut("group")} GROUP BY g
    UNION ALL SELECT 'opp', '1', count(*) FROM base WHERE ${allBut("opp")} AND opp
    UNION ALL SELECT 'verified', '1', count(*) FROM base WHERE ${allBut("verified")} AND verified`;
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
  total: number;
  facets: DirectoryFacets;
  items: DirectoryItem[];
  page: number;
  pageCount: number;
}

export async function searchDirectory(filters: DirectoryFilters): Promise<DirectoryResult> {
  const [{ total, facets }, items] = await Promise.all([countDirectory(filters), searchDirectoryPage(filters)]);
  return { total, facets, items, page: filters.page ?? 1, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
