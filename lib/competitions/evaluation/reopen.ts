// The office reopens a closed commission, with the reason on record (a card
// must be corrected, an offer was admitted late). Not once a task was decided:
// the decision rests on the opinion as it was. The stored protocol stays until
// the next close replaces it; meanwhile the route renders drafts.
import "server-only";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { EvaluationRuleError, type EvaluationRefusal } from "@/lib/competitions/evaluation/refusals";

export type ReopenRefusal = Extract<EvaluationRefusal, "COMMISSION_NOT_CLOSED" | "DECISION_TAKEN">;

export async function reopenCommission(input: { competitionId: string; reason: string }): Promise<{ reopened: true }> {
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Commission" WHERE "competitionId" = ${input.competitionId} FOR UPDATE`;
    const commission = await tx.commission.findUniqueOrThrow({
      where: { competitionId: input.competitionId },
      select: { id: true, status: true },
    });
    if (commission.status !== "CLOSED") throw new EvaluationRuleError("COMMISSION_NOT_CLOSED");
    const decided = await tx.taskDecision.count({ where: { task: { competitionId: input.competitionId } } });
    if (decided > 0) throw new EvaluationRuleError("DECISION_TAKEN");
    await tx.commission.update({
      where: { id: commission.id },
      data: { status: "ACTIVE", reopenedAt: await databaseNow(tx), reopenReason: input.reason },
    });
  });
  return { reopened: true };
}
