// Publishing the results (art. 15 ust. 2h UDPP: at once after the choice, in
// the channels of art. 13 ust. 3): refused while any submitted offer or any
// task lacks the office's decision. One transaction writes the ResultsNotice
// (the platform's publication, by the database's clock), the competition's and
// tasks' final status, the acceptance deadline of each award, and the notices
// to followers and applicants; then the notice's PDF and DOCX are queued and
// cached public pages dropped. The office records the BIP, notice-board and
// website days afterwards (recordChannels): the reasons window counts from them.
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { databaseNow } from "@/lib/db/clock";
import { publicDataChanged } from "@/lib/cache/public-data";
import { enqueue } from "@/lib/jobs/enqueue";
import { log } from "@/lib/log";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { addDays } from "@/lib/time/calendar-days";
import { polishDay } from "@/lib/time/polish-local";
import { endOfPolishDay } from "@/lib/small-grants/clock";
import { DecisionRuleError } from "@/lib/competitions/decision/decide";
import { notifyResultsPublished } from "@/lib/competitions/decision/notify";
import { sendOutcomeMails } from "@/lib/competitions/decision/outcome-mail";
import { audit, lockCompetition, type Actor } from "@/lib/competitions/mutations";

export async function publishResults(competitionId: string, actor: Actor): Promise<{ noticeId: string }> {
  const noticeId = await db().$transaction(async (tx) => {
    const competition = await lockCompetition(tx, competitionId);
    const settings = await tx.competition.findUniqueOrThrow({
      where: { id: competitionId },
      select: { resultsPublishedAt: true, acceptanceDays: true },
    });
    if (settings.resultsPublishedAt) throw new DecisionRuleError("RESULTS_PUBLISHED");
    if (competition.status !== "PUBLISHED") throw new DecisionRuleError("COMPETITION_NOT_DECIDABLE");
    const tasks = await tx.competitionTask.findMany({
      where: { competitionId },
      select: { id: true, decision: { select: { outcome: true } } },
    });
    if (tasks.some((task) => !task.decision)) throw new DecisionRuleError("TASKS_UNDECIDED");
    // A task decided before an offer of it became decidable (a late correction) leaves that offer without a word.
    const undecidedOffers = await tx.offer.count({
      where: { competitionId, status: "SUBMITTED", decision: null },
    });
    if (undecidedOffers > 0) throw new DecisionRuleError("OFFERS_UNDECIDED");
    const now = await databaseNow(tx);
    const allAnnulled = tasks.every((task) => task.decision!.outcome === "ANNULLED");
    const notice = await tx.resultsNotice.create({
      data: { competitionId, kind: allAnnulled ? "ANNULMENT" : "RESULTS", publishedAt: now },
      select: { id: true },
    });
    await tx.competition.update({
      where: { id: competitionId },
      data: { resultsPublishedAt: now, decidedAt: now, status: allAnnulled ? "ANNULLED" : "DECIDED" },
    });
    for (const status of ["DECIDED", "ANNULLED"] as const) {
      const ids = tasks
        .filter((task) => (task.decision!.outcome === "ANNULLED") === (status === "ANNULLED"))
        .map((task) => task.id);
      if (ids.length > 0) await tx.competitionTask.updateMany({ where: { id: { in: ids } }, data: { status } });
    }
    // The acceptance clock (design §5.5) starts when the applicants are told: a cut grant waits for
    // the organisation's acceptance with an updated plan, a full one for its plain acceptance.
    const acceptanceDueAt = endOfPolishDay(addDays(polishDay(now), settings.acceptanceDays));
    const awards = await tx.taskAward.findMany({
      where: { task: { competitionId } },
      select: { id: true, amount: true, requestedAmount: true },
    });
    const cut = awards.filter((a) => a.requestedAmount !== null && a.amount < a.requestedAmount).map((a) => a.id);
    await tx.taskAward.updateMany({ where: { task: { competitionId } }, data: { acceptanceDueAt } });
    if (cut.length > 0)
      await tx.taskAward.updateMany({ where: { id: { in: cut } }, data: { status: "ACCEPTANCE_PENDING" } });
    await audit(tx, "competition.results_published", competition, actor, { noticeId: notice.id });
    await notifyResultsPublished(tx, competition, actor.userId);
    return notice.id;
  });
  publicDataChanged();
  await dispatchNotifications();
  await sendOutcomeMails(competitionId);
  try {
    await enqueue("results-notice", { noticeId });
  } catch (error) {
    // The download renders on demand when the job never ran.
    log.warn("results notice documents not queued", { noticeId, error });
  }
  return { noticeId };
}

export type ChannelDays = {
  bipOn: string | null;
  noticeBoardOn: string | null;
  websiteOn: string | null;
  bipUrl: string | null;
};

const asDate = (day: string | null) => (day === null ? null : new Date(`${day}T00:00:00Z`));

/** The days the office published the results in its channels; the reasons window counts from the last of them. */
export async function recordChannels(
  competitionId: string,
  noticeId: string,
  days: ChannelDays,
  actor: Actor,
): Promise<{ saved: true }> {
  await db().$transaction(async (tx) => {
    const competition = await lockCompetition(tx, competitionId);
    const { count } = await tx.resultsNotice.updateMany({
      where: { id: noticeId, competitionId },
      data: {
        bipOn: asDate(days.bipOn),
        noticeBoardOn: asDate(days.noticeBoardOn),
        websiteOn: asDate(days.websiteOn),
        bipUrl: days.bipUrl,
      },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "recordChannels: no such notice");
    await audit(tx, "competition.results_channels_recorded", competition, actor, { noticeId, ...days });
  });
  publicDataChanged();
  return { saved: true };
}
