// The open partner requests everyone sees: the list page, the map, the feeds
// and the open data API. One SQL statement over PartnerRequest picks the ids
// (filters, Polish search on the hand-written "searchVector", order, page);
// the rows are then read with what a public item shows. Only listed requests
// are ever returned: OPEN, PUBLISHED and with replies not yet closed (the
// expiry job may not have run yet on the day after the reply date).
import "server-only";
import { db } from "@/lib/db/client";
import { listedWhere } from "@/lib/partnerships/requests/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerRequestFilters, PartnerRequestSort } from "@/lib/partnerships/list/filters";
import type { TerritoryKind } from "@/lib/generated/prisma/enums";
import { dateToPolishLocal } from "@/lib/time/polish-local";

/** Today's date in Poland (YYYY-MM-DD): replies close at the end of their day, Polish time. */
export const polishToday = (now = new Date()) => dateToPolishLocal(now).slice(0, 10);

/** A request is listed: open, not hidden, replies not closed yet. */
export const listedSql = (today: string) =>
  Prisma.sql`r.status = 'OPEN' AND r.visibility = 'PUBLISHED' AND r."repliesCloseOn" >= ${today}::date
    AND ${authorStillVerifiedSql}`;

/**
 * An organisation's request stands only while the organisation is verified
 * (an office's always). A scalar subquery, looked up by key per request: as
 * EXISTS, PostgreSQL hashed every verified organisation of the country first.
 */
export const authorStillVerifiedSql = Prisma.sql`(r."institutionId" IS NOT NULL
  OR (SELECT ao."verifiedAt" FROM "Organisation" ao WHERE ao.id = r."organisationId") IS NOT NULL)`;

// Any of the search words, each in any form of its lemma ("|"), as lib/ideas
// does for similar entries (pl_search_any, search_lexicon migration); NULL for
// a query of short words only ("dla"), which then does not narrow.
const searchQuerySql = (q: string) => Prisma.sql`(SELECT pl_search_any(left(${q}, 200)))`;

/** The region's and the powiat's codes enclosing `code` (a request limited to them seeks partners in it too). */
function enclosingCodes(code: string): string[] {
  return [code.slice(0, 2), code.slice(0, 4)].filter((prefix) => prefix.length < code.length);
}

// The author's seat: an organisation's seat gmina, an office's own unit (the
// query joins the author's organisation as o and office as i).
const authorSeatSql = Prisma.sql`COALESCE(o."seatTerritoryCode", i."territoryCode")`;

// The points of the gminas of a territory filter (static reference data, read
// once per code): the radius test then compares each request's seat with a few
// numbers instead of scanning the country's territories for every request.
// Any well-formed code may be asked for, so the memory is bounded.
const GMINA_POINTS_KEPT = 1_000;
const gminaPoints = new Map<string, Promise<{ lats: number[]; lons: number[] }>>();
function pointsOf(code: string): Promise<{ lats: number[]; lons: number[] }> {
  let points = gminaPoints.get(code);
  if (!points) {
    points = db().$queryRaw<{ latitude: number; longitude: number }[]>`
        SELECT latitude, longitude FROM "Territory"
        WHERE length(code) = 7 AND code LIKE ${`${code}%`} AND latitude IS NOT NULL AND longitude IS NOT NULL`.then(
      (rows) => ({ lats: rows.map((r) => r.latitude), lons: rows.map((r) => r.longitude) }),
    );
    points.catch(() => gminaPoints.delete(code));
    if (gminaPoints.size >= GMINA_POINTS_KEPT) gminaPoints.clear();
    gminaPoints.set(code, points);
  }
  return points;
}

// The middle of the gminas of each unit without a point of its own (a powiat,
// the region: where their offices sit for a radius), read once: computed in
// the query for every request, it scanned the territories each time.
let unitMiddles: Promise<{ codes: string[]; lats: number[]; lons: number[] }> | undefined;
function middlesOfUnits(): Promise<{ codes: string[]; lats: number[]; lons: number[] }> {
  unitMiddles ??= db().$queryRaw<{ code: string; latitude: number; longitude: number }[]>`
      SELECT u.code, avg(g.latitude) AS latitude, avg(g.longitude) AS longitude
      FROM "Territory" u JOIN "Territory" g
        ON length(g.code) = 7 AND g.code LIKE u.code || '%' AND g.latitude IS NOT NULL AND g.longitude IS NOT NULL
      WHERE u.latitude IS NULL OR u.longitude IS NULL
      GROUP BY u.code`.then((rows) => ({
    codes: rows.map((r) => r.code),
    lats: rows.map((r) => Number(r.latitude)),
    lons: rows.map((r) => Number(r.longitude)),
  }));
  unitMiddles.catch(() => (unitMiddles = undefined));
  return unitMiddles;
}

async function territorySql(code: string): Promise<Prisma.Sql> {
  const enclosing = enclosingCodes(code);
  const prefix = `${code}%`;
  const [{ lats, lons }, middles] = await Promise.all([pointsOf(code), middlesOfUnits()]);
  // Kilometres between the author's seat (its point; for a powiat's or the
  // region's office, the middle of its gminas) and a gmina of the territory:
  // haversine on the centroids.
  const middle = (column: "latitude" | "longitude") =>
    Prisma.sql`(SELECT m.${Prisma.raw(column)} FROM unnest(${middles.codes}::text[], ${middles.lats}::float8[], ${middles.lons}::float8[]) AS m(code, latitude, longitude) WHERE m.code = s.code)`;
  const seatLat = Prisma.sql`COALESCE(s.latitude, ${middle("latitude")})`;
  const seatLon = Prisma.sql`COALESCE(s.longitude, ${middle("longitude")})`;
  return Prisma.sql`(
    EXISTS (SELECT 1 FROM "PartnerRequestTerritory" t WHERE t."requestId" = r.id
      AND (t."territoryCode" LIKE ${prefix} OR t."territoryCode" = ANY(${enclosing}::text[])))
    OR (r."radiusKm" IS NULL AND NOT EXISTS (SELECT 1 FROM "PartnerRequestTerritory" t WHERE t."requestId" = r.id))
    OR ${authorSeatSql} LIKE ${prefix}
    OR (r."radiusKm" IS NOT NULL AND EXISTS (
      SELECT 1 FROM "Territory" s, unnest(${lats}::float8[], ${lons}::float8[]) AS g(latitude, longitude)
      WHERE s.code = ${authorSeatSql}
        AND 12742 * asin(sqrt(
          power(sin(radians(g.latitude - ${seatLat}) / 2), 2)
          + cos(radians(g.latitude)) * cos(radians(${seatLat})) * power(sin(radians(g.longitude - ${seatLon}) / 2), 2)
        )) <= r."radiusKm"))
  )`;
}

function partnerKindSql(kind: NonNullable<PartnerRequestFilters["partner"]>): Prisma.Sql {
  if (kind === "localGovernment") return Prisma.sql`r."welcomesLocalGovernment"`;
  if (kind === "withoutPublicBenefit") return Prisma.sql`NOT r."requiresPublicBenefit"`;
  return Prisma.sql`(cardinality(r."partnerLegalForms") = 0 OR ${kind}::"LegalForm" = ANY(r."partnerLegalForms"))`;
}

const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function whereSql(filters: PartnerRequestFilters, today: string): Promise<Prisma.Sql> {
  const parts: Prisma.Sql[] = [listedSql(today)];
  if (filters.role) parts.push(Prisma.sql`${filters.role}::"PartnerRole" = ANY(r.roles)`);
  if (filters.sphere)
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PartnerRequestSphere" s WHERE s."requestId" = r.id AND s."sphereId" = ${filters.sphere})`,
    );
  if (filters.territory) parts.push(await territorySql(filters.territory));
  if (filters.partner) parts.push(partnerKindSql(filters.partner));
  if (filters.closing) parts.push(Prisma.sql`r."repliesCloseOn" <= ${plusDays(today, Number(filters.closing))}::date`);
  if (filters.closesBy) parts.push(Prisma.sql`r."repliesCloseOn" <= ${filters.closesBy}::date`);
  if (filters.q) parts.push(Prisma.sql`(query.q IS NULL OR r."searchVector" @@ query.q)`);
  return Prisma.join(parts, " AND ");
}

/** The requests, with their authors when a filter or the map needs the seat, and the search's query when searching. */
function fromSql(filters: PartnerRequestFilters, withAuthors = false): Prisma.Sql {
  const authors =
    withAuthors || filters.territory
      ? Prisma.sql`LEFT JOIN "Organisation" o ON o.id = r."organisationId"
        LEFT JOIN "Institution" i ON i.id = r."institutionId"`
      : Prisma.empty;
  const search = filters.q ? Prisma.sql`CROSS JOIN ${searchQuerySql(filters.q)} AS query(q)` : Prisma.empty;
  return Prisma.sql`FROM "PartnerRequest" r ${authors} ${search}`;
}

const ORDER: Record<PartnerRequestSort, Prisma.Sql> = {
  closing: Prisma.sql`r."repliesCloseOn" ASC, r."openedAt" DESC, r.id ASC`,
  // By the day it was first opened: renewing keeps a request listed longer, it does not bump it back to the top.
  newest: Prisma.sql`r."openedAt" DESC, r.id ASC`,
  relevance: Prisma.sql`ts_rank(r."searchVector", query.q) DESC, r."repliesCloseOn" ASC, r.id ASC`,
};

/** The ids of one page of listed requests matching the filters, in the order asked for. */
export async function matchingRequestIds(
  filters: PartnerRequestFilters,
  sort: PartnerRequestSort,
  page: { offset: number; limit: number },
  now = new Date(),
): Promise<string[]> {
  // Relevance needs words; without them the list closes soonest first.
  const order = ORDER[sort === "relevance" && !filters.q ? "closing" : sort];
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT r.id ${fromSql(filters)}
    WHERE ${await whereSql(filters, polishToday(now))}
    ORDER BY ${order}
    LIMIT ${page.limit} OFFSET ${page.offset}`;
  return rows.map((row) => row.id);
}

export async function countMatchingRequests(filters: PartnerRequestFilters, now = new Date()): Promise<number> {
  const [row] = await db().$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count ${fromSql(filters)} WHERE ${await whereSql(filters, polishToday(now))}`;
  return Number(row?.count ?? 0);
}

/**
 * What a public item shows of a request: its content and the party that posted
 * it by public name and address. Never the person who wrote it, contact
 * details, the moderators' notes or the interests themselves (only their count).
 */
export const publicRequestSelect = {
  id: true,
  slug: true,
  title: true,
  initiative: true,
  callName: true,
  callUrl: true,
  roles: true,
  partnerLegalForms: true,
  requiresPublicBenefit: true,
  welcomesLocalGovernment: true,
  radiusKm: true,
  neededCompetences: true,
  neededResources: true,
  offeredCompetences: true,
  offeredResources: true,
  partnerGives: true,
  partnerGets: true,
  budgetSharePercent: true,
  budgetNote: true,
  startsOn: true,
  endsOn: true,
  timelineNote: true,
  repliesCloseOn: true,
  maxPartners: true,
  acceptedCount: true,
  interestCount: true,
  openedAt: true,
  renewedAt: true,
  updatedAt: true,
  organisation: { select: { slug: true, name: true } },
  institution: { select: { slug: true, name: true, officeName: true } },
  spheres: { select: { sphere: { select: { id: true, code: true, namePl: true, nameEn: true, nameDe: true } } } },
  territories: { select: { territory: { select: { code: true, name: true, kind: true } } } },
} as const satisfies Prisma.PartnerRequestSelect;
export type PublicRequestRow = Prisma.PartnerRequestGetPayload<{ select: typeof publicRequestSelect }>;

/** The same rule as listedSql, for Prisma reads (the sitemap lists the pages of these requests). */
export const listedRequestWhere = (now: Date): Prisma.PartnerRequestWhereInput => listedWhere(polishToday(now));

/** The listed rows of `ids`, in the order given. */
export async function publicRequestRows(ids: string[], now = new Date()): Promise<PublicRequestRow[]> {
  if (ids.length === 0) return [];
  const rows = await db().partnerRequest.findMany({
    where: { id: { in: ids }, ...listedRequestWhere(now) },
    select: publicRequestSelect,
  });
  const order = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** One listed request by its address (a closed, expired or hidden one is not found). */
export async function publicRequestBySlug(slug: string, now = new Date()): Promise<PublicRequestRow | null> {
  return db().partnerRequest.findFirst({ where: { slug, ...listedRequestWhere(now) }, select: publicRequestSelect });
}

/** A page of listed requests matching the filters, with how many match in all. */
export async function searchPartnerRequests(
  filters: PartnerRequestFilters,
  sort: PartnerRequestSort,
  page: { offset: number; limit: number },
  now = new Date(),
): Promise<{ rows: PublicRequestRow[]; total: number }> {
  const [ids, total] = await Promise.all([
    matchingRequestIds(filters, sort, page, now),
    countMatchingRequests(filters, now),
  ]);
  return { rows: await publicRequestRows(ids, now), total };
}

export type RequesterSeat = {
  code: string;
  /** The register's name; the page says the kind of unit around it in the reader's language. */
  name: string;
  kind: TerritoryKind;
  latitude: number | null;
  longitude: number | null;
  requests: { slug: string; title: string; author: string }[];
};

/** The places where the authors of listed requests matching the filters have their seats, with their requests. */
export async function requesterSeats(filters: PartnerRequestFilters, now = new Date()): Promise<RequesterSeat[]> {
  const rows = await db().$queryRaw<
    {
      slug: string;
      title: string;
      author: string;
      code: string;
      name: string;
      kind: TerritoryKind;
      latitude: number | null;
      longitude: number | null;
    }[]
  >`
    WITH listed AS (
      SELECT r.slug, r.title, r."repliesCloseOn", r.id,
        COALESCE(o.name, i."officeName", i.name) AS author,
        COALESCE(o."seatTerritoryCode", i."territoryCode") AS code
      ${fromSql(filters, true)}
      WHERE ${await whereSql(filters, polishToday(now))}
    )
    SELECT l.slug, l.title, l.author, l.code, t.name, t.kind,
      COALESCE(t.latitude, (SELECT avg(g.latitude) FROM "Territory" g WHERE g.code LIKE t.code || '%' AND g.latitude IS NOT NULL)) AS latitude,
      COALESCE(t.longitude, (SELECT avg(g.longitude) FROM "Territory" g WHERE g.code LIKE t.code || '%' AND g.longitude IS NOT NULL)) AS longitude
    FROM listed l JOIN "Territory" t ON t.code = l.code
    ORDER BY t.name, l."repliesCloseOn", l.id`;
  const places = new Map<string, RequesterSeat>();
  for (const row of rows) {
    const place = places.get(row.code) ?? {
      code: row.code,
      name: row.name,
      kind: row.kind,
      latitude: row.latitude === null ? null : Number(row.latitude),
      longitude: row.longitude === null ? null : Number(row.longitude),
      requests: [],
    };
    place.requests.push({ slug: row.slug, title: row.title, author: row.author });
    places.set(row.code, place);
  }
  return [...places.values()];
}
