// The public history of a competition's deadline: every extension with the
// deadline before and after, its reason, the act that made it and the
// document published with it, oldest first. The public page (S2) shows it;
// the announcement PDF prints it.
import "server-only";
import { db } from "@/lib/db/client";

export type DeadlineChangeView = {
  id: string;
  previousDeadline: Date;
  newDeadline: Date;
  reason: string;
  actReference: string | null;
  createdAt: Date;
  document: { id: string; title: string } | null;
};

export async function competitionHistory(competitionId: string): Promise<DeadlineChangeView[]> {
  return db().competitionDeadlineChange.findMany({
    where: { competitionId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      previousDeadline: true,
      newDeadline: true,
      reason: true,
      actReference: true,
      createdAt: true,
      document: { select: { id: true, title: true } },
    },
  });
}
