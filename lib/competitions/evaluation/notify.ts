// Who hears that the commission closed: the office's officials, who decide
// next (`competitions.decide` is theirs); the notice leads to the ranking page
// with the protocol. Called inside the close's transaction; the caller runs
// dispatchNotifications() once it committed.
import type { Prisma } from "@/lib/generated/prisma/client";
import { competitionSubject } from "@/lib/competitions/notification-links";
import { notify } from "@/lib/notifications/notify";

export async function notifyCommissionClosed(
  tx: Prisma.TransactionClient,
  competition: { id: string; slug: string; title: string; institutionId: string },
  actorUserId: string,
): Promise<void> {
  await notify(
    {
      type: "commission.closed",
      subject: competitionSubject(competition),
      actor: { userId: actorUserId },
      audience: { institutions: [{ id: competition.institutionId, roles: ["ADMINISTRATOR", "OFFICIAL"] }] },
    },
    tx,
  );
}
