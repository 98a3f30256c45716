// The chair closes the commission once every admitted offer has enough voting
// cards and no divergence is left unresolved (§5.2, EVALUATION_INCOMPLETE);
// without a nominee of an organisation on it, the ground must be named (L7).
// Closing freezes the cards (trigger "EvaluationCard_open"), stores each
// offer's divergence for lists, tells the officials and queues the protocol.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import type { NgoAbsenceGround } from "@/lib/generated/prisma/enums";
import { enqueue } from "@/lib/jobs/enqueue";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { notifyCommissionClosed } from "@/lib/competitions/evaluation/notify";
import { commissionAttention } from "@/lib/competitions/evaluation/queries";
import { EvaluationRuleError, type EvaluationRefusal } from "@/lib/competitions/evaluation/refusals";

export type CloseRefusal = Extract<
  EvaluationRefusal,
  "COMMISSION_NOT_ACTIVE" | "EVALUATION_INCOMPLETE" | "NGO_ABSENCE_GROUND_REQUIRED"
>;

export async function closeCommission(
  actor: Actor,
  input: { competitionId: string; ngoAbsenceGround: NgoAbsenceGround | null },
): Promise<{ closed: true }> {
  await db().$transaction(async (tx) => {
    // One close at a time, and no card slips in between the check and the status.
    await tx.$queryRaw`SELECT id FROM "Commission" WHERE "competitionId" = ${input.competitionId} FOR UPDATE`;
    const commission = await tx.commission.findUniqueOrThrow({
      where: { competitionId: input.competitionId },
      select: {
        id: true,
        competitionId: true,
        status: true,
        criteriaSnapshot: true,
        divergenceThresholdBp: true,
        minVotingCards: true,
        members: { where: { removedAt: null, acceptedAt: { not: null } }, select: { origin: true } },
        competition: { select: { id: true, slug: true, title: true, institutionId: true } },
      },
    });
    if (commission.status !== "ACTIVE") throw new EvaluationRuleError("COMMISSION_NOT_ACTIVE");
    const withoutNgo = !commission.members.some((member) => member.origin === "NGO_NOMINEE");
    if (withoutNgo && !input.ngoAbsenceGround) throw new EvaluationRuleError("NGO_ABSENCE_GROUND_REQUIRED");
    const { attention, divergent } = await commissionAttention(tx, commission);
    if (attention.length > 0) throw new EvaluationRuleError("EVALUATION_INCOMPLETE");
    const flagged = [...divergent].filter(([, value]) => value).map(([offerId]) => offerId);
    await tx.offerAssessment.updateMany({
      where: { commissionId: commission.id },
      data: { divergent: false },
    });
    if (flagged.length > 0)
      await tx.offerAssessment.updateMany({ where: { offerId: { in: flagged } }, data: { divergent: true } });
    await tx.commission.update({
      where: { id: commission.id },
      data: {
        status: "CLOSED",
        closedAt: await databaseNow(tx),
        closedById: actor.id,
        ngoAbsenceGround: withoutNgo ? input.ngoAbsenceGround : null,
      },
    });
    await notifyCommissionClosed(tx, commission.competition, actor.id);
  });
  await enqueue("commission-protocol", { competitionId: input.competitionId });
  await dispatchNotifications();
  return { closed: true };
}
