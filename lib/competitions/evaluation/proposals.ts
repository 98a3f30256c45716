// The chair's proposal for one offer: the amount (at most the request; a cut
// says why), the recommendation and the opinion (the commission's output is an
// opinion, never the decision, L3). Proposals of one task queue on the task's
// row lock, so each is checked against the others as committed: the sum never
// passes the pool (the deferred trigger "OfferAssessment_pool" only backs this up).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkProposal } from "@/lib/competitions/evaluation/calc/pool";
import { EvaluationRuleError, type EvaluationRefusal } from "@/lib/competitions/evaluation/refusals";
import type { Proposal } from "@/lib/competitions/evaluation/schemas";

export type ProposalRefusal = Extract<
  EvaluationRefusal,
  | "COMMISSION_NOT_ACTIVE"
  | "OFFER_NOT_ADMITTED"
  | "DECLARATION_REQUIRED"
  | "CONFLICT_DECLARED"
  | "DECISION_TAKEN"
  | "STALE"
  | "AMOUNT_ABOVE_REQUESTED"
  | "CUT_REASON_REQUIRED"
  | "POOL_EXCEEDED"
>;

/**
 * The offer as the chair's writes need it; refuses what is not open to the
 * commission's opinion, and an actor who has not declared "no conflict" on it:
 * a conflict ends the chair's say on that offer as it ends a member's (§3.3, L6).
 */
export async function assessedOffer(tx: Prisma.TransactionClient, offerId: string, actor: Pick<Actor, "id">) {
  const offer = await tx.offer.findUnique({
    where: { id: offerId },
    select: {
      id: true,
      status: true,
      taskId: true,
      competitionId: true,
      formalReview: { select: { status: true } },
      currentVersion: { select: { requestedGrant: true } },
      decision: { select: { offerId: true } },
      competition: { select: { commission: { select: { id: true, status: true } } } },
    },
  });
  const commission = offer?.competition?.commission;
  if (!offer?.taskId || !commission || !offer.currentVersion) throw new EvaluationRuleError("OFFER_NOT_ADMITTED");
  if (offer.status !== "SUBMITTED" || offer.formalReview?.status !== "COMPLETE")
    throw new EvaluationRuleError("OFFER_NOT_ADMITTED");
  const declaration = await tx.conflictDeclaration.findFirst({
    where: { offerId, member: { commissionId: commission.id, userId: actor.id, removedAt: null } },
    select: { conflict: true },
  });
  if (!declaration) throw new EvaluationRuleError("DECLARATION_REQUIRED");
  if (declaration.conflict) throw new EvaluationRuleError("CONFLICT_DECLARED");
  return { offer, taskId: offer.taskId, commission, requested: offer.currentVersion.requestedGrant };
}

export async function proposeAmount(
  actor: Actor,
  input: Proposal,
): Promise<{ revision: number; belowMinGrant: boolean }> {
  return db().$transaction(async (tx) => {
    const { offer, taskId, commission, requested } = await assessedOffer(tx, input.offerId, actor);
    // Every proposal of this task waits here for the one before it, then reads what it committed.
    const [task] = await tx.$queryRaw<{ pool: bigint; minGrant: bigint | null }[]>`
      SELECT pool, "minGrant" FROM "CompetitionTask" WHERE id = ${taskId} FOR UPDATE`;
    const status = await tx.commission.findUniqueOrThrow({ where: { id: commission.id }, select: { status: true } });
    if (status.status !== "ACTIVE") throw new EvaluationRuleError("COMMISSION_NOT_ACTIVE");
    if (offer.decision) throw new EvaluationRuleError("DECISION_TAKEN");
    const current = await tx.offerAssessment.findUnique({
      where: { offerId: offer.id },
      select: { revision: true },
    });
    if ((current?.revision ?? 0) !== input.revision) throw new EvaluationRuleError("STALE");
    const others = await tx.offerAssessment.findMany({
      where: { taskId, offerId: { not: offer.id }, proposedAmount: { not: null } },
      select: { proposedAmount: true },
    });
    const check = checkProposal({
      pool: Number(task!.pool),
      others: others.map((other) => Number(other.proposedAmount)),
      requested: Number(requested),
      amount: input.amount,
      cutReason: input.cutReason,
      minGrant: task!.minGrant === null ? null : Number(task!.minGrant),
    });
    if (check.refusal) throw new EvaluationRuleError(check.refusal);
    const cut = input.amount !== null && input.amount < Number(requested);
    const fields = {
      requestedAmount: requested,
      proposedAmount: input.amount === null ? null : BigInt(input.amount),
      // A reason belongs only to a cut; an unchanged amount needs none and keeps none.
      cutReason: cut ? input.cutReason : null,
      recommended: input.recommended,
      opinion: input.opinion,
      updatedById: actor.id,
    };
    const saved = await tx.offerAssessment.upsert({
      where: { offerId: offer.id },
      create: { offerId: offer.id, commissionId: commission.id, taskId, ...fields, revision: 1 },
      update: { ...fields, revision: { increment: 1 } },
      select: { revision: true },
    });
    return { revision: saved.revision, belowMinGrant: check.belowMinGrant };
  });
}
