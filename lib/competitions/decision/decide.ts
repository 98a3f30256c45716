// The office's decision on one task (art. 15 ust. 2g UDPP: the organ chooses;
// the commission only gives its opinion): fund several, one or none of the
// formally complete offers, each with its amount or its reason. Written in one
// transaction under the task's row lock: TaskDecision, one OfferDecision per
// submitted offer (formally rejected ones with the formal check's reason) and
// a TaskAward per funded offer. Until the results are published the office
// may decide the task again (the earlier rows are replaced); after it, never.
// Annulment is annul.ts; publication publish.ts.
import "server-only";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decisionProblems, type TaskOffer } from "@/lib/competitions/decision/rules";
import type { DecisionValues } from "@/lib/competitions/decision/schemas";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { audit, type Actor } from "@/lib/competitions/mutations";

type Tx = Prisma.TransactionClient;

export type DecisionRefusal =
  | "COMPETITION_NOT_DECIDABLE"
  | "DEADLINE_NOT_PASSED"
  | "RESULTS_PUBLISHED"
  | "COMMISSION_OPINION_MISSING"
  | "ANNULMENT_GROUND_FALSE"
  | "OFFERS_UNDECIDED"
  | "TASKS_UNDECIDED"
  | "FORMAL_CHECK_OPEN"
  | "OFFER_NOT_IN_TASK"
  | "OFFER_NOT_CHOSEN"
  | "AMOUNT_NOT_POSITIVE"
  | "AMOUNT_ABOVE_REQUESTED"
  | "CUT_REASON_REQUIRED"
  | "REASON_REQUIRED"
  | "NONE_FUNDED_REASON_REQUIRED"
  | "POOL_EXCEEDED"
  | "NO_DECISION";

export class DecisionRuleError extends RuleRefusal<DecisionRefusal> {}

/**
 * The task and its competition locked for the decision (the task row: two
 * officials deciding at once queue; the pool's trigger is the defence behind
 * it), with the stage rules every decision shares: a published competition
 * whose deadline has passed by the database's clock and whose results are not
 * out yet.
 */
export async function lockTaskForDecision(tx: Tx, competitionId: string, taskId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "CompetitionTask" WHERE id = ${taskId} AND "competitionId" = ${competitionId} FOR UPDATE`;
  if (locked.length === 0) throw new DecisionRuleError("COMPETITION_NOT_DECIDABLE");
  const task = await tx.competitionTask.findUniqueOrThrow({
    where: { id: taskId },
    select: {
      id: true,
      number: true,
      pool: true,
      competition: {
        select: {
          id: true,
          institutionId: true,
          status: true,
          offersDeadline: true,
          resultsPublishedAt: true,
          commission: { select: { status: true } },
        },
      },
    },
  });
  const { competition } = task;
  if (competition.resultsPublishedAt) throw new DecisionRuleError("RESULTS_PUBLISHED");
  if (competition.status !== "PUBLISHED") throw new DecisionRuleError("COMPETITION_NOT_DECIDABLE");
  const now = await databaseNow(tx);
  if (now < competition.offersDeadline) throw new DecisionRuleError("DEADLINE_NOT_PASSED");
  return { task, competition, now };
}

/** The task's submitted offers with what the rules need (requested grant of the current version, formal state). */
export async function taskOffers(tx: Tx, taskId: string) {
  const offers = await tx.offer.findMany({
    where: { taskId, status: "SUBMITTED" },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      leadOrganisationId: true,
      leadOrganisation: { select: { name: true } },
      currentVersion: { select: { requestedGrant: true } },
      formalReview: { select: { status: true, rejectionReason: true } },
    },
  });
  return offers.map((offer) => ({
    ...offer,
    rule: {
      offerId: offer.id,
      requested: Number(offer.currentVersion?.requestedGrant ?? 0n),
      formal: offer.formalReview?.status ?? null,
    } satisfies TaskOffer,
  }));
}

/** Removes an unpublished decision of the task with its offer decisions and awards (a new one replaces it). */
export async function clearTaskDecision(tx: Tx, taskId: string): Promise<void> {
  await tx.taskAward.deleteMany({ where: { taskId } });
  await tx.offerDecision.deleteMany({ where: { taskId } });
  await tx.taskDecision.deleteMany({ where: { taskId } });
}

/** The formally rejected offers' decisions: their outcome is the formal check's, with its reason. */
export function rejectedRows(
  offers: Awaited<ReturnType<typeof taskOffers>>,
  taskId: string,
  decisionId: string,
  at: Date,
) {
  return offers
    .filter((offer) => offer.rule.formal === "REJECTED")
    .map((offer) => ({
      offerId: offer.id,
      taskId,
      decisionId,
      outcome: "REJECTED_FORMAL" as const,
      amount: null,
      reason: offer.formalReview?.rejectionReason ?? "",
      decidedAt: at,
    }));
}

export async function decideTask(
  competitionId: string,
  taskId: string,
  values: DecisionValues,
  actor: Actor,
): Promise<{ decided: true }> {
  return db().$transaction(async (tx) => {
    const { task, competition, now } = await lockTaskForDecision(tx, competitionId, taskId);
    // The commission's opinion comes first (art. 15 ust. 2a); only a task without offers needs none.
    if (competition.commission?.status !== "CLOSED") throw new DecisionRuleError("COMMISSION_OPINION_MISSING");
    const offers = await taskOffers(tx, taskId);
    const choices = values.choices;
    const problems = decisionProblems(
      offers.map((offer) => offer.rule),
      choices,
      Number(task.pool),
      values.reason,
    );
    if (problems.length > 0) throw new DecisionRuleError(problems[0]!.code);
    const funded = choices.filter((choice) => choice.amount !== null);
    await clearTaskDecision(tx, taskId);
    const decision = await tx.taskDecision.create({
      data: {
        taskId,
        outcome: funded.length > 0 ? "FUNDED" : "NONE_FUNDED",
        reason: values.reason,
        actReference: values.actReference,
        decidedAt: now,
        decidedById: actor.userId,
      },
      select: { id: true },
    });
    const byId = new Map(offers.map((offer) => [offer.id, offer]));
    await tx.offerDecision.createMany({
      data: [
        ...choices.map((choice) => ({
          offerId: choice.offerId,
          taskId,
          decisionId: decision.id,
          outcome: choice.amount === null ? ("NOT_FUNDED" as const) : ("FUNDED" as const),
          amount: choice.amount === null ? null : BigInt(choice.amount),
          reason: choice.reason,
          decidedAt: now,
        })),
        ...rejectedRows(offers, taskId, decision.id, now),
      ],
    });
    await tx.taskAward.createMany({
      data: funded.map((choice) => {
        const offer = byId.get(choice.offerId)!;
        return {
          taskId,
          offerId: offer.id,
          organisationId: offer.leadOrganisationId,
          recipientName: offer.leadOrganisation.name,
          amount: BigInt(choice.amount!),
          requestedAmount: BigInt(offer.rule.requested),
          decidedAt: now,
          decisionId: decision.id,
        };
      }),
    });
    await audit(tx, "competition.task_decided", competition, actor, {
      taskId,
      task: task.number,
      funded: funded.map((choice) => ({ offerId: choice.offerId, amount: String(choice.amount) })),
    });
    return { decided: true as const };
  });
}

/** Takes back an unpublished decision (or annulment) of a task, so that it can be decided anew. */
export async function withdrawTaskDecision(
  competitionId: string,
  taskId: string,
  actor: Actor,
): Promise<{ withdrawn: true }> {
  return db().$transaction(async (tx) => {
    const { task, competition } = await lockTaskForDecision(tx, competitionId, taskId);
    const existing = await tx.taskDecision.findUnique({ where: { taskId }, select: { id: true } });
    if (!existing) throw new DecisionRuleError("NO_DECISION");
    await clearTaskDecision(tx, taskId);
    await audit(tx, "competition.task_decision_withdrawn", competition, actor, { taskId, task: task.number });
    return { withdrawn: true as const };
  });
}
