// The competitions' minutely job (`competitions-lifecycle`). A competition's
// phase is computed from its dates (lib/offers/calc/deadline.ts), so nothing
// here moves a status; the job only does what must happen once a boundary has
// passed: drops the cached public pages so lists move on time, tells followers
// that offers are now taken, and reminds the owners and editors of
// organisations with a draft offer (lead, or co-applicant that accepted) 7 days
// and 1 day before the deadline. Each notice is claimed with its timestamp
// (openedNoticeAt, weekReminderAt, dayReminderAt) in the transaction that
// sends it, so it goes out once even when two workers run the job.
// Nothing here may import "server-only": the worker runs it outside Next.js.
import { publicDataChanged } from "@/lib/cache/public-data";
import { competitionSubject } from "@/lib/competitions/notification-links";
import { db } from "@/lib/db/client";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** How far back a passed deadline still empties the cache: a few missed runs (expireInSeconds is 300). */
const LOOKBACK = 5 * MINUTE;

type Tx = Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0];

/**
 * The organisations with a draft offer in the competition, as lead or as a
 * co-applicant that has accepted: one only invited has not joined the draft,
 * its members may not open it, and its answer to the invitation is asked for
 * elsewhere (My matters), so a reminder to finish the offer is not theirs.
 */
async function draftingOrganisations(tx: Tx, competitionId: string): Promise<string[]> {
  const drafts = await tx.offer.findMany({
    where: { competitionId, status: "DRAFT" },
    select: {
      leadOrganisationId: true,
      coApplicants: { where: { acceptedAt: { not: null } }, select: { organisationId: true } },
    },
  });
  return [...new Set(drafts.flatMap((d) => [d.leadOrganisationId, ...d.coApplicants.map((c) => c.organisationId)]))];
}

/** Followers are told that offers are taken from now, unless they were when it was announced (nobody followed it before). */
async function announceOpenings(now: Date): Promise<number> {
  const due = await db().competition.findMany({
    where: { status: "PUBLISHED", openedNoticeAt: null, offersOpenAt: { lte: now }, offersDeadline: { gt: now } },
    select: { id: true, slug: true, title: true, offersOpenAt: true, publishedAt: true },
  });
  for (const competition of due) {
    await db().$transaction(async (tx) => {
      const { count } = await tx.competition.updateMany({
        where: { id: competition.id, openedNoticeAt: null },
        data: { openedNoticeAt: now },
      });
      const openedAtAnnouncement =
        competition.publishedAt !== null && competition.offersOpenAt <= competition.publishedAt;
      if (count !== 1 || openedAtAnnouncement) return;
      await notify(
        {
          type: "competition.opened",
          subject: competitionSubject(competition),
          audience: { followersOf: { type: "Competition", id: competition.id } },
        },
        tx,
      );
    });
  }
  return due.length;
}

/** The 7-day and 1-day reminders; a competition first seen with less than a day left gets only the 1-day one. */
async function remindDeadlines(now: Date): Promise<void> {
  const soon = await db().competition.findMany({
    where: {
      status: "PUBLISHED",
      offersOpenAt: { lte: now },
      offersDeadline: { gt: now, lte: new Date(now.getTime() + 7 * DAY) },
      OR: [{ weekReminderAt: null }, { dayReminderAt: null }],
    },
    select: { id: true, slug: true, title: true, offersDeadline: true, weekReminderAt: true, dayReminderAt: true },
  });
  for (const competition of soon) {
    const lastDay = competition.offersDeadline.getTime() - now.getTime() <= DAY;
    if (!lastDay && competition.weekReminderAt !== null) continue;
    if (lastDay && competition.dayReminderAt !== null) continue;
    await db().$transaction(async (tx) => {
      const { count } = await tx.competition.updateMany({
        where: { id: competition.id, ...(lastDay ? { dayReminderAt: null } : { weekReminderAt: null }) },
        data: lastDay
          ? { dayReminderAt: now, weekReminderAt: competition.weekReminderAt ?? now }
          : { weekReminderAt: now },
      });
      if (count !== 1) return;
      const organisations = await draftingOrganisations(tx, competition.id);
      if (organisations.length === 0) return;
      await notify(
        {
          type: "competition.deadline_soon",
          subject: competitionSubject(competition),
          audience: { organisations: organisations.map((id) => ({ id, roles: ["OWNER", "EDITOR"] })) },
          data: { days: lastDay ? "1" : "7" },
        },
        tx,
      );
    });
  }
}

/** One run of the job; returns whether public pages were dropped. */
export async function advanceCompetitions(now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOOKBACK);
  // A deadline or an opening just passed: the list's tabs and the pages' phases change.
  const [closed, opened] = await Promise.all([
    db().competition.count({ where: { status: "PUBLISHED", offersDeadline: { gt: since, lte: now } } }),
    db().competition.count({ where: { status: "PUBLISHED", offersOpenAt: { gt: since, lte: now } } }),
  ]);
  const announced = await announceOpenings(now);
  await remindDeadlines(now);
  await dispatchNotifications();
  const changed = closed + opened + announced > 0;
  if (changed) publicDataChanged();
  return changed;
}
