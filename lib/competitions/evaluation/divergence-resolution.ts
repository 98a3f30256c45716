// The chair settles a divergent offer (§5.2) with a note: the commission keeps
// the mean, the members rescored, or the commission agrees one score, which
// then ranks the offer instead of the mean. Only a divergent offer needs it.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { EMPTY_AGGREGATE } from "@/lib/competitions/evaluation/calc/aggregate";
import { isDivergent } from "@/lib/competitions/evaluation/calc/divergence";
import { assessedOffer } from "@/lib/competitions/evaluation/proposals";
import { criteriaFor, votingAggregates } from "@/lib/competitions/evaluation/queries";
import { EvaluationRuleError, type EvaluationRefusal } from "@/lib/competitions/evaluation/refusals";
import { parsePointsToTenths, type Resolution } from "@/lib/competitions/evaluation/schemas";

export type ResolutionRefusal = Extract<
  EvaluationRefusal,
  | "COMMISSION_NOT_ACTIVE"
  | "OFFER_NOT_ADMITTED"
  | "DECLARATION_REQUIRED"
  | "CONFLICT_DECLARED"
  | "DECISION_TAKEN"
  | "NOT_DIVERGENT"
  | "SCORE_INVALID"
>;

export async function resolveDivergence(actor: Actor, input: Resolution): Promise<{ resolved: true }> {
  await db().$transaction(async (tx) => {
    const { offer, taskId, commission, requested } = await assessedOffer(tx, input.offerId, actor);
    const settings = await tx.commission.findUniqueOrThrow({
      where: { id: commission.id },
      select: { status: true, criteriaSnapshot: true, divergenceThresholdBp: true },
    });
    if (settings.status !== "ACTIVE") throw new EvaluationRuleError("COMMISSION_NOT_ACTIVE");
    if (offer.decision) throw new EvaluationRuleError("DECISION_TAKEN");
    const task = await tx.competitionTask.findUniqueOrThrow({ where: { id: taskId }, select: { form: true } });
    const { maxTenths } = criteriaFor(settings.criteriaSnapshot, task.form);
    const aggregate = (await votingAggregates(tx, commission.id, [offer.id])).get(offer.id) ?? EMPTY_AGGREGATE;
    if (!isDivergent(aggregate, settings.divergenceThresholdBp, maxTenths))
      throw new EvaluationRuleError("NOT_DIVERGENT");
    let agreed: number | null = null;
    if (input.resolution === "COMMISSION_SCORE") {
      agreed = parsePointsToTenths(input.agreedScore);
      if (agreed === null || agreed > maxTenths) throw new EvaluationRuleError("SCORE_INVALID");
    }
    const fields = {
      divergent: true,
      resolution: input.resolution,
      resolutionNote: input.note,
      agreedScoreTenths: agreed,
      updatedById: actor.id,
    };
    await tx.offerAssessment.upsert({
      where: { offerId: offer.id },
      create: {
        offerId: offer.id,
        commissionId: commission.id,
        taskId,
        requestedAmount: requested,
        ...fields,
        revision: 1,
      },
      update: { ...fields, revision: { increment: 1 } },
    });
  });
  return { resolved: true };
}
