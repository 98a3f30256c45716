// "Tasks of the same kind carried out this and last year, with the amounts
// of the grants" (art. 13 ust. 2 pkt 7 UDPP), computed from what the platform
// itself holds: the grants (TaskAward) of the office's earlier competitions'
// tasks with the same kindKey, in the years those competitions allowed. The
// years are the new competition's first year of implementation and the one
// before. Costs are the awarded offers' total costs (the grant alone where no
// offer is on the platform). A row the office has edited (computed = false)
// is its statement and is never recomputed over.
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** The years of pkt 7: the first year of implementation, and the year before it. */
export function sameKindYears(competition: {
  allowedYears: number[];
  implementationStartsOn: Date | null;
  createdAt: Date;
}): [number, number] {
  const first =
    competition.allowedYears[0] ??
    competition.implementationStartsOn?.getUTCFullYear() ??
    competition.createdAt.getUTCFullYear();
  return [first, first - 1];
}

/** Recomputes the computed rows of every task of a draft competition. */
export async function refreshSameKindRows(tx: Tx, competitionId: string): Promise<void> {
  const competition = await tx.competition.findUniqueOrThrow({
    where: { id: competitionId },
    select: {
      institutionId: true,
      allowedYears: true,
      implementationStartsOn: true,
      createdAt: true,
      tasks: { select: { id: true, kindKey: true, kindName: true } },
    },
  });
  const years = sameKindYears(competition);
  for (const task of competition.tasks) {
    await tx.taskHistoryRow.deleteMany({ where: { taskId: task.id, computed: true } });
    const stated = await tx.taskHistoryRow.findMany({ where: { taskId: task.id }, select: { year: true } });
    for (const year of years) {
      if (stated.some((row) => row.year === year)) continue;
      const sources = await tx.competitionTask.findMany({
        where: {
          id: { not: task.id },
          kindKey: task.kindKey,
          competition: {
            id: { not: competitionId },
            institutionId: competition.institutionId,
            // Only grants already made public: awards exist from the decision on, before the results are published.
            status: "DECIDED",
            allowedYears: { has: year },
          },
          awards: { some: {} },
        },
        select: { id: true, awards: { select: { amount: true, offer: { select: { totalCost: true } } } } },
      });
      if (sources.length === 0) continue;
      const awards = sources.flatMap((source) => source.awards);
      await tx.taskHistoryRow.create({
        data: {
          taskId: task.id,
          year,
          label: task.kindName.slice(0, 300),
          grants: awards.reduce((sum, award) => sum + award.amount, 0n),
          costs: awards.reduce((sum, award) => sum + (award.offer?.totalCost ?? award.amount), 0n),
          computed: true,
          sourceTaskIds: sources.map((source) => source.id),
        },
      });
    }
  }
}
