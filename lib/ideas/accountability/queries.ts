// The office's figures on the ideas board for its public page (definitions in
// figures.ts), and how many of its entries wait for a first answer now.
import { db } from "@/lib/db/client";
import { accountabilityFigures, type AccountabilityFigures } from "@/lib/ideas/accountability/figures";
import { monthsBack } from "@/lib/ideas/accountability/window";

export interface AccountabilityView {
  institutionId: string;
  figures: AccountabilityFigures;
  /** Public entries waiting for a first answer now, and those of them past the deadline. */
  waiting: number;
  overdue: number;
}

export async function officeAccountability(institutionId: string, now = new Date()): Promise<AccountabilityView> {
  const since = monthsBack(now, 11);
  const office = { institutionId, addressee: "INSTITUTION", visibility: "PUBLISHED" } as const;
  const waitingWhere = { ...office, firstAnsweredAt: null, status: { not: "MERGED" } } as const;
  const [rows, waiting, overdue] = await Promise.all([
    db().idea.findMany({
      where: {
        ...office,
        OR: [{ publishedAt: { gte: since } }, { answerDueAt: { gte: since } }, { firstAnsweredAt: { gte: since } }],
      },
      select: { publishedAt: true, answerDueAt: true, firstAnsweredAt: true },
    }),
    db().idea.count({ where: waitingWhere }),
    db().idea.count({ where: { ...waitingWhere, answerDueAt: { lt: now } } }),
  ]);
  return { institutionId, figures: accountabilityFigures(rows, now), waiting, overdue };
}
