// Reads shared by the ranking page, the proposals, the close and the protocol:
// the commission's criteria for a task's form, the admitted offers, and one
// aggregate over the voting cards (design §5.3: one GROUP BY on the index
// [commissionId, status, offerId], never a query per offer).
import type { Actor } from "@/lib/auth/permissions";
import { commissionScope } from "@/lib/competitions/commission/scope";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TaskForm } from "@/lib/generated/prisma/enums";
import { EMPTY_AGGREGATE, type Aggregate } from "@/lib/competitions/evaluation/calc/aggregate";
import { attentionReason, isDivergent, type AttentionReason } from "@/lib/competitions/evaluation/calc/divergence";
import { criteriaSnapshotSchema, type CriterionSnapshot } from "@/lib/competitions/evaluation/types";

/** The actor's seat on the commission of the offer's competition, as a permission scope (null: none). */
export async function offerCommissionSeat(offerId: string, actor: Pick<Actor, "id"> | null) {
  const offer = await db().offer.findUnique({ where: { id: offerId }, select: { competitionId: true } });
  if (!offer?.competitionId) return null;
  return commissionScope(offer.competitionId, actor);
}

type Client = Pick<Prisma.TransactionClient, "$queryRaw" | "offer">;

/**
 * The commission's criteria (frozen at appointment) that apply to a task: a
 * criterion of the supporting mode only (own funds, art. 5 ust. 4 pkt 2) is
 * dropped for an entrusted task and does not count in its maximum (L1).
 */
export function criteriaFor(snapshot: unknown, form: TaskForm): { criteria: CriterionSnapshot[]; maxTenths: number } {
  const parsed = criteriaSnapshotSchema.safeParse(snapshot);
  const all = parsed.success ? parsed.data : [];
  const criteria = all.filter((criterion) => form === "SUPPORT" || !criterion.onlySupport);
  return { criteria, maxTenths: criteria.reduce((total, criterion) => total + criterion.maxTenths, 0) };
}

/** Submitted offers the formal check found complete: only they are evaluated and ranked. */
export const admittedWhere = (competitionId: string, taskId?: string): Prisma.OfferWhereInput => ({
  competitionId,
  ...(taskId ? { taskId } : {}),
  status: "SUBMITTED",
  formalReview: { is: { status: "COMPLETE" } },
});

/** count, Σ, min and max of the voting cards' totals per offer (submitted, not an expert's, not voided). */
export async function votingAggregates(
  client: Pick<Prisma.TransactionClient, "$queryRaw">,
  commissionId: string,
  offerIds: string[],
): Promise<Map<string, Aggregate>> {
  if (offerIds.length === 0) return new Map();
  const rows = await client.$queryRaw<{ offerId: string; n: number; sum: number; min: number; max: number }[]>`
    SELECT "offerId", count(*)::int AS n, sum("totalTenths")::int AS sum,
           min("totalTenths")::int AS min, max("totalTenths")::int AS max
    FROM "EvaluationCard"
    WHERE "commissionId" = ${commissionId} AND status = 'SUBMITTED' AND NOT advisory
      AND "offerId" = ANY(${offerIds}::text[])
    GROUP BY "offerId"`;
  return new Map(rows.map(({ offerId, ...aggregate }) => [offerId, aggregate]));
}

export interface AttentionItem {
  offerId: string;
  title: string;
  taskNumber: string;
  reason: AttentionReason;
}

/**
 * Every admitted offer of the competition that still keeps the commission from
 * closing (§5.2), in task and submission order; also the divergence of each
 * offer, which the close stores on its assessment for lists.
 */
export async function commissionAttention(
  client: Client,
  commission: {
    id: string;
    competitionId: string;
    criteriaSnapshot: unknown;
    divergenceThresholdBp: number;
    minVotingCards: number;
  },
): Promise<{ attention: AttentionItem[]; divergent: Map<string, boolean> }> {
  const offers = await client.offer.findMany({
    where: admittedWhere(commission.competitionId),
    orderBy: [{ task: { position: "asc" } }, { submittedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      task: { select: { number: true, form: true } },
      assessment: { select: { resolution: true } },
    },
  });
  const aggregates = await votingAggregates(
    client,
    commission.id,
    offers.map((offer) => offer.id),
  );
  const attention: AttentionItem[] = [];
  const divergent = new Map<string, boolean>();
  for (const offer of offers) {
    if (!offer.task) continue;
    const aggregate = aggregates.get(offer.id) ?? EMPTY_AGGREGATE;
    const { maxTenths } = criteriaFor(commission.criteriaSnapshot, offer.task.form);
    const flagged = isDivergent(aggregate, commission.divergenceThresholdBp, maxTenths);
    divergent.set(offer.id, flagged);
    const reason = attentionReason(aggregate, flagged, offer.assessment?.resolution ?? null, commission.minVotingCards);
    if (reason) attention.push({ offerId: offer.id, title: offer.title, taskNumber: offer.task.number, reason });
  }
  return { attention, divergent };
}
