// What the `elections-lifecycle` job does every minute: tell people when a
// phase begins. Whether a nomination or a vote is accepted never waits for
// it: the server's clock decides that against the dates.
import { db } from "@/lib/db/client";
import { electionSubject } from "@/lib/elections/nominations";
import { eligibleOrganisationIds } from "@/lib/elections/participants";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";

/** Elections whose nominations have opened, announced once to eligible organisations and the organiser's followers. */
export async function advanceElections(now = new Date()): Promise<{ nominationsOpened: string[] }> {
  const due = await db().election.findMany({
    where: { status: "PUBLISHED", nominationsStartAt: { lte: now }, nominationsEndAt: { gt: now }, nominationsNotifiedAt: null },
    include: { institution: { select: { territoryCode: true } } },
  });
  const opened: string[] = [];
  for (const election of due) {
    const organisations = await eligibleOrganisationIds(db(), election);
    const claimed = await db().$transaction(async (tx) => {
      // Claimed in the same transaction as the event, so two workers never announce twice.
      const { count } = await tx.election.updateMany({ where: { id: election.id, nominationsNotifiedAt: null }, data: { nominationsNotifiedAt: now } });
      if (count === 0) return false;
      await notify(
        {
          type: "election.nominations_opened",
          subject: electionSubject(election),
          actor: { userId: null, institutionId: election.institutionId },
          audience: {
            organisations: organisations.map((id) => ({ id, roles: ["OWNER", "EDITOR"] })),
            topic: { territoryCodes: [election.institution.territoryCode], institutionId: election.institutionId },
          },
        },
        tx,
      );
      return true;
    });
    if (claimed) opened.push(election.id);
  }
  if (opened.length > 0) await dispatchNotifications();
  return { nominationsOpened: opened };
}
