// Partner requests as the score sees them, read in one query for one request
// or for all open ones ("for you", the digest).
import { Prisma } from "@/lib/generated/prisma/client";
import type { LegalForm } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import type { RequestFacts, Seat } from "@/lib/partnerships/score/types";

export interface RequestRow {
  id: string;
  slug: string;
  title: string;
  status: string;
  visibility: string;
  repliesCloseOn: Date;
  organisationId: string | null;
  institutionId: string | null;
  welcomesLocalGovernment: boolean;
  authorName: string;
  authorSeatCode: string | null;
  radiusKm: number | null;
  neededCompetences: string[];
  neededResources: string[];
  offeredCompetences: string[];
  offeredResources: string[];
  partnerLegalForms: LegalForm[];
  requiresPublicBenefit: boolean;
  sphereIds: string[];
  territoryCodes: string[];
}

const select = Prisma.sql`
  SELECT r.id, r.slug, r.title, r.status::text, r.visibility::text, r."repliesCloseOn", r."organisationId", r."institutionId",
    r."welcomesLocalGovernment", COALESCE(o.name, i."officeName", i.name) AS "authorName",
    COALESCE(o."seatTerritoryCode", i."territoryCode") AS "authorSeatCode", r."radiusKm",
    r."neededCompetences", r."neededResources", r."offeredCompetences", r."offeredResources",
    r."partnerLegalForms"::text[] AS "partnerLegalForms", r."requiresPublicBenefit",
    ARRAY(SELECT s."sphereId" FROM "PartnerRequestSphere" s WHERE s."requestId" = r.id) AS "sphereIds",
    ARRAY(SELECT t."territoryCode" FROM "PartnerRequestTerritory" t WHERE t."requestId" = r.id) AS "territoryCodes"
  FROM "PartnerRequest" r
  LEFT JOIN "Organisation" o ON o.id = r."organisationId"
  LEFT JOIN "Institution" i ON i.id = r."institutionId"`;

/** One request; `client` is the caller's transaction when the request is not committed yet. */
export async function requestRow(
  requestId: string,
  client: Pick<Prisma.TransactionClient, "$queryRaw"> = db(),
): Promise<RequestRow | null> {
  const [row] = await client.$queryRaw<RequestRow[]>`${select} WHERE r.id = ${requestId}`;
  return row ?? null;
}

export async function requestRowBySlug(slug: string): Promise<RequestRow | null> {
  const [row] = await db().$queryRaw<RequestRow[]>`${select} WHERE r.slug = ${slug}`;
  return row ?? null;
}

/** Open, published requests whose replies have not closed, newest first (at most `limit`). */
export async function openRequestRows(today: Date, limit = 2000): Promise<RequestRow[]> {
  return db().$queryRaw<RequestRow[]>`${select}
    WHERE r.status = 'OPEN' AND r.visibility = 'PUBLISHED' AND r."repliesCloseOn" >= ${today}::date
      AND (r."institutionId" IS NOT NULL OR o."verifiedAt" IS NOT NULL)
    ORDER BY r."openedAt" DESC LIMIT ${limit}`;
}

export function requestFactsOf(row: RequestRow, seatOf: (code: string | null) => Seat | null): RequestFacts {
  return {
    sphereIds: row.sphereIds,
    seat: seatOf(row.authorSeatCode),
    radiusKm: row.radiusKm,
    territoryCodes: row.territoryCodes,
    neededCompetences: row.neededCompetences,
    neededResources: row.neededResources,
    offeredCompetences: row.offeredCompetences,
    offeredResources: row.offeredResources,
    partnerLegalForms: row.partnerLegalForms,
    requiresPublicBenefit: row.requiresPublicBenefit,
  };
}
