// Annulling a task's part of the competition (art. 18a UDPP): mandatory when
// no offer was submitted or none met the announcement's requirements, and
// refused when the ground named is not true (the office cannot annul to avoid
// a choice: funding none of the valid offers is a decision with its reason,
// decide.ts). Published with the results (publish.ts), as the act requires.
import "server-only";
import { db } from "@/lib/db/client";
import { annulmentGroundHolds } from "@/lib/competitions/decision/rules";
import {
  clearTaskDecision,
  DecisionRuleError,
  lockTaskForDecision,
  rejectedRows,
  taskOffers,
} from "@/lib/competitions/decision/decide";
import { audit, type Actor } from "@/lib/competitions/mutations";

export type AnnulmentValues = { ground: "NO_OFFERS" | "NO_VALID_OFFER"; reason: string; actReference: string | null };

export async function annulTask(
  competitionId: string,
  taskId: string,
  values: AnnulmentValues,
  actor: Actor,
): Promise<{ annulled: true }> {
  return db().$transaction(async (tx) => {
    const { task, competition, now } = await lockTaskForDecision(tx, competitionId, taskId);
    // With no offer there is nothing to give an opinion on; otherwise the commission's word comes first.
    if (values.ground !== "NO_OFFERS" && competition.commission?.status !== "CLOSED")
      throw new DecisionRuleError("COMMISSION_OPINION_MISSING");
    const offers = await taskOffers(tx, taskId);
    if (
      !annulmentGroundHolds(
        values.ground,
        offers.map((offer) => offer.rule),
      )
    )
      throw new DecisionRuleError("ANNULMENT_GROUND_FALSE");
    await clearTaskDecision(tx, taskId);
    const decision = await tx.taskDecision.create({
      data: {
        taskId,
        outcome: "ANNULLED",
        annulmentGround: values.ground,
        reason: values.reason,
        actReference: values.actReference,
        decidedAt: now,
        decidedById: actor.userId,
      },
      select: { id: true },
    });
    await tx.offerDecision.createMany({ data: rejectedRows(offers, taskId, decision.id, now) });
    await audit(tx, "competition.task_annulled", competition, actor, {
      taskId,
      task: task.number,
      ground: values.ground,
    });
    return { annulled: true as const };
  });
}
