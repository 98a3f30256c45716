// The announcement's limit of offers one organisation leads in one task
// (maxOffersPerApplicantPerTask), checked wherever an offer starts to count
// again: a new draft, a withdrawn offer reopened, a draft submitted (security
// review L1). Counting and then writing is a race, so each check first takes
// a transaction-scoped advisory lock on (task, lead): two of them for the same
// pair wait for each other and the second one sees the first one's offer.
import type { Prisma } from "@/lib/generated/prisma/client";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type TaskLimitRefusal = "OFFERS_PER_TASK_LIMIT";

/**
 * Refuses when the lead already has `limit` live offers in the task besides
 * `offerId` (a withdrawn offer does not count; a draft does: it is one the
 * organisation means to submit). No limit, no check and no lock.
 */
export async function assertTaskOfferRoom(
  tx: Prisma.TransactionClient,
  input: { taskId: string; leadOrganisationId: string; limit: number | null; offerId?: string },
): Promise<void> {
  if (input.limit === null) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`offer-task-limit:${input.taskId}:${input.leadOrganisationId}`}))`;
  const others = await tx.offer.count({
    where: {
      taskId: input.taskId,
      leadOrganisationId: input.leadOrganisationId,
      status: { not: "WITHDRAWN" },
      ...(input.offerId ? { id: { not: input.offerId } } : {}),
    },
  });
  if (others >= input.limit) throw new RuleRefusal<TaskLimitRefusal>("OFFERS_PER_TASK_LIMIT");
}
