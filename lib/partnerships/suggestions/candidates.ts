// Candidate organisations for a request. SQL preselects among all
// organisations (150,000 in the bench) those open to partnerships seated in
// the place the request covers (the platform serves one region: a request
// naming no territory looks in its author's), ranks them by a weighed count
// of cheap signs (needs offered, spheres shared, a seat near: the request's
// gminas found in seats.ts) and keeps the first MAX_CANDIDATES with
// everything the score needs, in the same statement; the score itself runs
// in TypeScript. Reading the whole country's offers of each need through the
// GIN indexes instead cost 150–300 ms per request in the bench.
import { publicDataGeneration } from "@/lib/cache/public-data";
import { TtlCache } from "@/lib/cache/ttl-cache";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LegalForm } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import type { CandidateFacts, Seat } from "@/lib/partnerships/score/types";
import { codesUnder } from "@/lib/partnerships/suggestions/seats";

export const MAX_CANDIDATES = 200;
/** The exposure window: shows in the last week lower the rank. */
export const EXPOSURE_DAYS = 7;

export interface CandidateRow {
  id: string;
  slug: string;
  name: string;
  legalForm: LegalForm;
  hasPublicBenefitStatus: boolean;
  verified: boolean;
  seatTerritoryCode: string;
  offeredCompetences: string[];
  offeredResources: string[];
  neededCompetences: string[];
  neededResources: string[];
  lastActiveAt: Date;
  sphereIds: string[];
  pastProjects: number;
  lastProjectYear: number | null;
  completedPartnerships: number;
  wouldAgain: number;
  shownLastWeek: number;
}

/** Everything the score reads of each organisation in `ids` (a CTE named "pre" with a column "id"). */
const details = (since: Date, openOnly = true) => Prisma.sql`
  SELECT o.id, o.slug, o.name, o."legalForm", o."hasPublicBenefitStatus", o."verifiedAt" IS NOT NULL AS verified,
    o."seatTerritoryCode", p."offeredCompetences", p."offeredResources", p."neededCompetences", p."neededResources",
    GREATEST(o."updatedAt", p."updatedAt") AS "lastActiveAt",
    ARRAY(SELECT s."sphereId" FROM "OrganisationSphere" s WHERE s."organisationId" = o.id) AS "sphereIds",
    (SELECT count(*)::int FROM "PartnershipPastProject" pp WHERE pp."organisationId" = o.id) AS "pastProjects",
    (SELECT max(pp."yearTo") FROM "PartnershipPastProject" pp WHERE pp."organisationId" = o.id) AS "lastProjectYear",
    (SELECT count(*)::int FROM "Partnership" x WHERE x.status = 'COMPLETED'
       AND (x."partnerOrganisationId" = o.id OR x."requesterOrganisationId" = o.id)) AS "completedPartnerships",
    (SELECT count(*)::int FROM "Partnership" x WHERE x.status = 'COMPLETED'
       AND ((x."partnerOrganisationId" = o.id AND x."requesterWouldAgain") OR (x."requesterOrganisationId" = o.id AND x."partnerWouldAgain"))) AS "wouldAgain",
    (SELECT COALESCE(sum(e."shownCount"), 0)::int FROM "PartnerSuggestionExposure" e
       WHERE e."organisationId" = o.id AND e.day >= ${since}::date) AS "shownLastWeek"
  FROM pre JOIN "Organisation" o ON o.id = pre.id JOIN "PartnershipProfile" p ON p."organisationId" = o.id
  ${openOnly ? Prisma.sql`WHERE p."openToPartnerships"` : Prisma.empty}`;

export interface Preselection {
  neededCompetences: readonly string[];
  neededResources: readonly string[];
  sphereIds: readonly string[];
  nearGminas: readonly string[];
  /** TERYT prefixes of where candidates may sit: the request's territories, else its author's voivodeship ("" anywhere). */
  placePrefixes: readonly string[];
  /** The request's own organisation, never its own partner. */
  excludeOrganisationId: string | null;
}

/**
 * Preselections of the last minute, dropped with any change to public data
 * (a profile, an organisation, a request: lib/cache/public-data.ts). Reading
 * every organisation of the region costs tens of milliseconds; an author
 * going back and forth between the request and its suggestions should not
 * pay it each time. The exposure counts they carry may lag by that minute.
 */
const preselections = new TtlCache<CandidateRow[]>({ ttlMs: 60_000, maxEntries: 200 });

export async function preselectCandidates(pre: Preselection, since: Date): Promise<CandidateRow[]> {
  const key = JSON.stringify([pre, since.toISOString()]);
  const kept = preselections.get(key);
  if (kept) return kept;
  const generation = publicDataGeneration();
  const rows = await readCandidates(pre, since);
  preselections.set(key, rows, 1, generation);
  return rows;
}

/**
 * How many times the column's array holds any of the codes: the same count as
 * `(SELECT count(*) FROM unnest(column) c WHERE c = ANY(codes))` for distinct
 * codes, written as plain expressions so PostgreSQL does not run a subquery
 * per organisation (tens of thousands in a large region). A null array counts 0.
 */
function occurrences(column: Prisma.Sql, codes: readonly string[]): Prisma.Sql {
  const distinct = [...new Set(codes)];
  if (distinct.length === 0) return Prisma.sql`0`;
  return Prisma.join(
    distinct.map((code) => Prisma.sql`COALESCE(cardinality(array_positions(${column}, ${code}::text)), 0)`),
    " + ",
  );
}

async function readCandidates(pre: Preselection, since: Date): Promise<CandidateRow[]> {
  // Only organisations seated in the place the request covers are read (its
  // territories, else its author's region: a request naming neither looks in
  // the whole region); each is weighed by its signs (a need covered 3, a
  // shared sphere 2, a seat near 1) and the best kept, ties by id. The seat,
  // spheres and offers come from two covering indexes (Organisation_seat_match_idx,
  // PartnershipProfile_open_offers_idx: migration 20261207082000), read by index only.
  const place = await codesUnder(pre.placePrefixes);
  return db().$queryRaw<CandidateRow[]>`
    WITH pre AS (
      -- Each organisation of the place looks up its own profile (by key):
      -- joining the profiles instead read all of the country's (a hash join,
      -- in parallel), which costs more CPU in a region of a few thousand.
      SELECT o.id FROM "Organisation" o CROSS JOIN LATERAL (
        SELECT p."offeredCompetences", p."offeredResources" FROM "PartnershipProfile" p
        WHERE p."organisationId" = o.id AND p."openToPartnerships" OFFSET 0) p
      WHERE o."seatTerritoryCode" = ANY(${place}::text[])
        AND o.id IS DISTINCT FROM ${pre.excludeOrganisationId}
      ORDER BY
        3 * (${occurrences(Prisma.sql`p."offeredCompetences"`, pre.neededCompetences)})
        + 3 * (${occurrences(Prisma.sql`p."offeredResources"`, pre.neededResources)})
        + 2 * (${occurrences(Prisma.sql`o."sphereIds"`, pre.sphereIds)})
        + (o."seatTerritoryCode" = ANY(${[...pre.nearGminas]}::text[]))::int DESC,
        o.id
      LIMIT ${MAX_CANDIDATES}
    )
    ${details(since)}`;
}

/** One organisation's facts (for "for you" and for an interest's fit); null when it is not open to partnerships. */
export async function candidateRow(organisationId: string, since: Date): Promise<CandidateRow | null> {
  const [row] = await db().$queryRaw<CandidateRow[]>`
    WITH pre AS (SELECT ${organisationId}::text AS id) ${details(since)}`;
  return row ?? null;
}

/** The same facts whether or not it is open (its own "for you" page); null without a partnership profile. */
export async function anyCandidateRow(organisationId: string, since: Date): Promise<CandidateRow | null> {
  const [row] = await db().$queryRaw<CandidateRow[]>`
    WITH pre AS (SELECT ${organisationId}::text AS id) ${details(since, false)}`;
  return row ?? null;
}

export function candidateFactsOf(row: CandidateRow, seatOf: (code: string) => Seat | null): CandidateFacts {
  return {
    sphereIds: row.sphereIds,
    seat: seatOf(row.seatTerritoryCode),
    legalForm: row.legalForm,
    hasPublicBenefitStatus: row.hasPublicBenefitStatus,
    verified: row.verified,
    offeredCompetences: row.offeredCompetences,
    offeredResources: row.offeredResources,
    neededCompetences: row.neededCompetences,
    neededResources: row.neededResources,
    pastProjects: row.pastProjects,
    lastProjectYear: row.lastProjectYear,
    completedPartnerships: row.completedPartnerships,
    wouldAgain: row.wouldAgain,
    lastActiveAt: row.lastActiveAt,
  };
}
