// The office's settings of the decision stage (design §2.2): the days an
// organisation has to accept its grant, the days the office means to answer a
// reasons request in, and whether the results list the offers not funded.
// Procedure, not announcement text: editable after publication of the
// announcement, until the results are out (they are printed with them).
import "server-only";
import { db } from "@/lib/db/client";
import { DecisionRuleError } from "@/lib/competitions/decision/decide";
import type { SettingsValues } from "@/lib/competitions/decision/schemas";
import { audit, lockCompetition, type Actor } from "@/lib/competitions/mutations";

export async function saveDecisionSettings(
  competitionId: string,
  values: SettingsValues,
  actor: Actor,
): Promise<{ saved: true }> {
  return db().$transaction(async (tx) => {
    const competition = await lockCompetition(tx, competitionId);
    const { resultsPublishedAt } = await tx.competition.findUniqueOrThrow({
      where: { id: competitionId },
      select: { resultsPublishedAt: true },
    });
    if (resultsPublishedAt) throw new DecisionRuleError("RESULTS_PUBLISHED");
    await tx.competition.update({ where: { id: competitionId }, data: values });
    await audit(tx, "competition.edited", competition, actor, { part: "decisionSettings", ...values });
    return { saved: true as const };
  });
}
