// Candidate organisations for a request. SQL preselects among all
// organisations (150,000 in the bench) only those open to partnerships that
// offer one of the needs (GIN &&), share a sphere, or sit near (the request's
// gminas, found in seats.ts), ranks them by a cheap count of those signs and
// keeps the first MAX_CANDIDATES with everything the score needs, in the same
// statement; the score itself runs in TypeScript.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LegalForm } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import type { CandidateFacts, Seat } from "@/lib/partnerships/score/types";

export const MAX_CANDIDATES = 2000;
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
  /** The request's own organisation, never its own partner. */
  excludeOrganisationId: string | null;
}

export async function preselectCandidates(pre: Preselection, since: Date): Promise<CandidateRow[]> {
  const nc = [...pre.neededCompetences];
  const nr = [...pre.neededResources];
  const spheres = [...pre.sphereIds];
  const near = [...pre.nearGminas];
  return db().$queryRaw<CandidateRow[]>`
    WITH signs AS (
      SELECT p."organisationId" AS id FROM "PartnershipProfile" p
        WHERE p."openToPartnerships" AND (p."offeredCompetences" && ${nc}::text[] OR p."offeredResources" && ${nr}::text[])
      UNION SELECT s."organisationId" FROM "OrganisationSphere" s WHERE s."sphereId" = ANY(${spheres}::text[])
      UNION SELECT o.id FROM "Organisation" o WHERE o."seatTerritoryCode" = ANY(${near}::text[])
    ), pre AS (
      SELECT p."organisationId" AS id FROM signs JOIN "PartnershipProfile" p ON p."organisationId" = signs.id
      JOIN "Organisation" o ON o.id = p."organisationId"
      WHERE p."openToPartnerships" AND p."organisationId" IS DISTINCT FROM ${pre.excludeOrganisationId}
      ORDER BY
        (SELECT count(*) FROM unnest(p."offeredCompetences") c WHERE c = ANY(${nc}::text[]))
        + (SELECT count(*) FROM unnest(p."offeredResources") c WHERE c = ANY(${nr}::text[]))
        + (SELECT count(*) FROM "OrganisationSphere" s WHERE s."organisationId" = p."organisationId" AND s."sphereId" = ANY(${spheres}::text[]))
        + (o."seatTerritoryCode" = ANY(${near}::text[]))::int DESC,
        p."organisationId"
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
