// What the `elections-lifecycle` job does every minute: tell people when a
// phase begins, freeze the voter registry when voting opens, and count the
// ballots when it closes. Whether a nomination or a vote is accepted never
// waits for it: the server's clock decides that against the dates.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { electionSubject } from "@/lib/elections/nominations/mutations";
import { eligibleOrganisationIds } from "@/lib/elections/participants";
import { registryAudience } from "@/lib/elections/voting/queries";
import { countElection } from "@/lib/elections/results";
import { freezeRegistry } from "@/lib/elections/voting/mutations";
import { dispatchNotifications, notify, type NotificationInput } from "@/lib/notifications/notify";

const DAY = 24 * 3600 * 1000;
type Marker = "nominationsNotifiedAt" | "votingNotifiedAt" | "votingReminderAt";

/** Sends the notice once: the marker is claimed in the same transaction as the event, so two workers never both send it. */
async function announceOnce(
  electionId: string,
  marker: Marker,
  now: Date,
  event: (tx: Prisma.TransactionClient) => Promise<NotificationInput>,
): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.election.updateMany({
      where: { id: electionId, [marker]: null },
      data: { [marker]: now },
    });
    if (count === 0) return false;
    await notify(await event(tx), tx);
    return true;
  });
}

export async function advanceElections(
  now = new Date(),
): Promise<{ nominationsOpened: string[]; votingOpened: string[]; reminded: string[]; counted: string[] }> {
  const outcome = {
    nominationsOpened: [] as string[],
    votingOpened: [] as string[],
    reminded: [] as string[],
    counted: [] as string[],
  };
  const published = { status: "PUBLISHED" as const };

  for (const election of await db().election.findMany({
    where: {
      ...published,
      nominationsStartAt: { lte: now },
      nominationsEndAt: { gt: now },
      nominationsNotifiedAt: null,
    },
    include: { institution: { select: { territoryCode: true } } },
  })) {
    const organisations = await eligibleOrganisationIds(db(), election);
    const sent = await announceOnce(election.id, "nominationsNotifiedAt", now, async () => ({
      type: "election.nominations_opened",
      subject: electionSubject(election),
      actor: { userId: null, institutionId: election.institutionId },
      audience: {
        organisations: organisations.map((id) => ({ id, roles: ["OWNER", "EDITOR"] })),
        topic: { territoryCodes: [election.institution.territoryCode], institutionId: election.institutionId },
      },
    }));
    if (sent) outcome.nominationsOpened.push(election.id);
  }

  for (const election of await db().election.findMany({
    where: {
      ...published,
      votingStartAt: { lte: now },
      votingEndAt: { gt: now },
      OR: [{ registryFrozenAt: null }, { votingNotifiedAt: null }],
    },
  })) {
    await freezeRegistry(election.id, now);
    const sent = await announceOnce(election.id, "votingNotifiedAt", now, async (tx) => ({
      type: "election.voting_opened",
      subject: electionSubject(election),
      actor: { userId: null, institutionId: election.institutionId },
      audience: { organisations: await registryAudience(tx, election.id) },
    }));
    if (sent) outcome.votingOpened.push(election.id);
  }

  for (const election of await db().election.findMany({
    where: {
      ...published,
      votingStartAt: { lte: now },
      votingEndAt: { gt: now, lte: new Date(now.getTime() + DAY) },
      votingReminderAt: null,
      registryFrozenAt: { not: null },
    },
  })) {
    const sent = await announceOnce(election.id, "votingReminderAt", now, async (tx) => ({
      type: "election.voting_closing_soon",
      subject: electionSubject(election),
      actor: { userId: null, institutionId: election.institutionId },
      // Only those whose organisation has not voted yet: a reminder, not news.
      audience: { organisations: await registryAudience(tx, election.id, { notVotedOnly: true }) },
    }));
    if (sent) outcome.reminded.push(election.id);
  }

  for (const election of await db().election.findMany({
    where: { ...published, votingEndAt: { lte: now }, countedAt: null, registryFrozenAt: { not: null } },
    select: { id: true },
  })) {
    if (await countElection(election.id, now)) outcome.counted.push(election.id);
  }

  if (outcome.nominationsOpened.length + outcome.votingOpened.length + outcome.reminded.length > 0)
    await dispatchNotifications();
  return outcome;
}
