// What a competition's page shows to the person reading it, asked by the
// browser after the page loads (components/competitions/public/competition-viewer.tsx).
// The page is the same for everyone and served from the page cache
// (lib/http/page-cache.ts, SHARED); only this small answer is per person:
// whether they follow it, whether they manage it (its office's officials),
// whether they may start an offer, and their organisations' drafts in it.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { CompetitionStatus } from "@/lib/generated/prisma/enums";
import { isAcceptingOffers } from "@/lib/offers/calc/deadline";
import type { CompetitionViewer, CompetitionViewerResults } from "@/lib/competitions/viewer-types";
import { reasonsWindow } from "@/lib/competitions/decision/reasons";
import { databaseNow } from "@/lib/db/clock";

export type { CompetitionViewer };

interface ViewerRow {
  status: CompetitionStatus;
  offersOpenAt: Date;
  offersDeadline: Date;
  institutionId: string;
  following: boolean;
  verified: boolean;
  drafts: { offerId: string; title: string; organisationName: string }[];
}

/**
 * The competition and the reader's facts about it in one round trip: this
 * answer is asked for on every view of a competition's page, signed in, and
 * four Prisma queries cost the process about three times the CPU of one (issue 21).
 * `preparing`: the organisations the reader may prepare offers for.
 */
async function readViewer(competitionId: string, userId: string, preparing: string[]): Promise<ViewerRow | null> {
  const rows = await db().$queryRaw<ViewerRow[]>`
    SELECT c."status"::text AS "status", c."offersOpenAt", c."offersDeadline", c."institutionId",
      EXISTS (SELECT 1 FROM "ItemSubscription" s
              WHERE s."userId" = ${userId} AND s."subjectType" = 'Competition' AND s."subjectId" = c."id") AS "following",
      EXISTS (SELECT 1 FROM "Organisation" o
              WHERE o."id" = ANY(${preparing}::text[]) AND o."verifiedAt" IS NOT NULL) AS "verified",
      COALESCE((
        SELECT json_agg(json_build_object('offerId', f."id", 'title', f."title", 'organisationName', lead."name")
                        ORDER BY f."createdAt", f."id")
        FROM "Offer" f JOIN "Organisation" lead ON lead."id" = f."leadOrganisationId"
        WHERE f."competitionId" = c."id" AND f."status" = 'DRAFT'
          AND (f."leadOrganisationId" = ANY(${preparing}::text[])
               OR EXISTS (SELECT 1 FROM "OfferCoApplicant" ca
                          WHERE ca."offerId" = f."id" AND ca."organisationId" = ANY(${preparing}::text[])))
      ), '[]'::json) AS "drafts"
    FROM "Competition" c
    WHERE c."id" = ${competitionId}`;
  return rows[0] ?? null;
}

/**
 * The results' personal part, read only for a decided or annulled competition
 * (the open ones' answer stays one query): the decided offers of the reader's
 * organisations (lead or co-applicant, any role) and the reasons window.
 */
async function readResults(actor: Actor, competitionId: string): Promise<CompetitionViewerResults> {
  const organisationIds = actor.organisations.map((m) => m.organisationId);
  const decisions =
    organisationIds.length === 0
      ? []
      : await db().offerDecision.findMany({
          where: {
            offer: {
              competitionId,
              OR: [
                { leadOrganisationId: { in: organisationIds } },
                { coApplicants: { some: { organisationId: { in: organisationIds } } } },
              ],
            },
          },
          orderBy: { offer: { submittedAt: "asc" } },
          select: { outcome: true, amount: true, offer: { select: { id: true, title: true } } },
        });
  const until = await reasonsWindow(db(), competitionId);
  const now = until ? await databaseNow() : null;
  return {
    requestsUntil: until ? until.toISOString() : null,
    mayRequestReasons: until !== null && now !== null && now < until && can(actor, "competitions.requestReasons"),
    ownOutcomes: decisions.map((d) => ({
      offerId: d.offer.id,
      title: d.offer.title,
      outcome: d.outcome,
      amount: d.amount === null ? null : Number(d.amount),
    })),
  };
}

/** The reader's view of the competition `competitionId`; null when there is none to show (no such one, or a draft). */
export async function competitionViewer(
  actor: Actor | null,
  competitionId: string,
  now = new Date(),
): Promise<CompetitionViewer | null> {
  // Those they may prepare offers for: verified organisations only, as an unverified one cannot apply.
  const preparing = (actor?.organisations ?? [])
    .filter((m) => can(actor, "offers.prepare", { organisationId: m.organisationId }))
    .map((m) => m.organisationId);
  const competition = await readViewer(competitionId, actor?.id ?? "", preparing);
  // The public page of a draft does not exist: its officials preview it in the account area.
  if (!competition || competition.status === "DRAFT") return null;
  if (!actor) return { signedIn: false };
  return {
    signedIn: true,
    following: competition.following,
    manages: can(actor, "competitions.manage", { institutionId: competition.institutionId }),
    mayPrepare: competition.verified && isAcceptingOffers(competition, now),
    drafts: competition.drafts,
    decides: can(actor, "competitions.decide", { institutionId: competition.institutionId }),
    ...(competition.status === "DECIDED" || competition.status === "ANNULLED"
      ? { results: await readResults(actor, competitionId) }
      : {}),
  };
}
