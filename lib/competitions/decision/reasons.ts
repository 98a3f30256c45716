// Requests for the reasons an offer was chosen or rejected (art. 15 ust. 2j
// UDPP: "każdy", anyone, about any offer, within 30 days of the results'
// announcement; the choice is no administrative decision, so there is no
// appeal). A signed-in person asks (the account gives the answer an address);
// the window is the competition's rule snapshot counted from the results'
// channel days (rules.ts) and judged by the database's clock. The statute
// sets no answer deadline: the office's own setting gives a due day, shown,
// never enforced. Officials answer; the requester is told.
import "server-only";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { consumeRateLimits, type RateLimit } from "@/lib/security/rate-limit";
import { reasonsAnswerDueOn, reasonsRequestsUntil } from "@/lib/competitions/decision/rules";
import { snapshotRule } from "@/lib/legal-rules/snapshot";
import { endOfPolishDay } from "@/lib/small-grants/clock";
import { polishDay, polishLocalToDate } from "@/lib/time/polish-local";
import type { PaperRequestValues } from "@/lib/competitions/decision/schemas";
import { answerMail } from "@/lib/competitions/decision/answer-mail";
import { queueMail } from "@/lib/jobs/enqueue";
import { log } from "@/lib/log";
import { platformNameIn } from "@/lib/settings/platform-name";
import { audit, type Actor } from "@/lib/competitions/mutations";

type Tx = Prisma.TransactionClient;
export type ReasonsRefusal =
  "RESULTS_NOT_PUBLISHED" | "REASONS_REQUEST_LATE" | "ALREADY_ANSWERED" | "RECEIVED_IN_FUTURE" | "TOO_MANY_REQUESTS";
export class ReasonsRuleError extends RuleRefusal<ReasonsRefusal> {}

// Anyone may ask, about any offer; each request reaches every official of the office, so one person's
// requests are limited: enough to ask about each offer of a competition that concerns them, not a flood.
export const REASONS_PER_COMPETITION: RateLimit = { name: "reasons-request", limit: 5, windowSeconds: 86_400 };
export const REASONS_PER_PERSON: RateLimit = { name: "reasons-request-any", limit: 20, windowSeconds: 86_400 };

const dayOf = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** The last instant requests are taken for the competition, or null before its results are out. */
export async function reasonsWindow(tx: Pick<Tx, "competition">, competitionId: string): Promise<Date | null> {
  const competition = await tx.competition.findUniqueOrThrow({
    where: { id: competitionId },
    select: {
      publishedAt: true,
      rulesSnapshot: true,
      resultsNotices: {
        where: { kind: { in: ["RESULTS", "ANNULMENT"] } },
        orderBy: { publishedAt: "asc" },
        take: 1,
        select: { publishedAt: true, bipOn: true, noticeBoardOn: true, websiteOn: true },
      },
    },
  });
  const notice = competition.resultsNotices[0];
  if (!notice) return null;
  const days = Number(
    await snapshotRule(
      competition.rulesSnapshot,
      "competition.reasonsRequestDays",
      competition.publishedAt ?? notice.publishedAt,
    ),
  );
  return reasonsRequestsUntil(
    {
      publishedAt: notice.publishedAt,
      bipOn: dayOf(notice.bipOn),
      noticeBoardOn: dayOf(notice.noticeBoardOn),
      websiteOn: dayOf(notice.websiteOn),
    },
    days,
  );
}

const officials = (institutionId: string) => [
  { id: institutionId, roles: ["ADMINISTRATOR" as const, "OFFICIAL" as const] },
];

export async function requestReasons(
  competitionId: string,
  values: { offerId: string | null; body: string },
  requesterId: string,
  ip: string | null,
  /** For tests; by default the database's clock. */
  now?: Date,
): Promise<{ requestId: string }> {
  try {
    await consumeRateLimits([
      { limit: REASONS_PER_COMPETITION, subject: `${requesterId}:${competitionId}` },
      { limit: REASONS_PER_PERSON, subject: requesterId },
    ]);
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") throw new ReasonsRuleError("TOO_MANY_REQUESTS");
    throw error;
  }
  const id = await db().$transaction(async (tx) => {
    const competition = await tx.competition.findUnique({
      where: { id: competitionId },
      select: { id: true, slug: true, title: true, institutionId: true, status: true, reasonsAnswerDays: true },
    });
    if (!competition || competition.status === "DRAFT") throw new AppError("NOT_FOUND", "requestReasons");
    const requester = await tx.user.findUniqueOrThrow({
      where: { id: requesterId },
      select: { id: true, name: true, email: true },
    });
    const until = await reasonsWindow(tx, competitionId);
    if (!until) throw new ReasonsRuleError("RESULTS_NOT_PUBLISHED");
    const at = now ?? (await databaseNow(tx));
    if (at >= until) throw new ReasonsRuleError("REASONS_REQUEST_LATE");
    if (values.offerId) {
      // Any decided offer of this competition: the statute lets anyone ask about any of them.
      const offer = await tx.offerDecision.findFirst({
        where: { offerId: values.offerId, offer: { competitionId } },
        select: { offerId: true },
      });
      if (!offer) throw new AppError("NOT_FOUND", "requestReasons: offer");
    }
    const request = await tx.reasonsRequest.create({
      data: {
        competitionId,
        offerId: values.offerId,
        requesterId: requester.id,
        requesterName: requester.name,
        requesterEmail: requester.email,
        body: values.body,
        receivedAt: at,
        answerDueOn: new Date(`${reasonsAnswerDueOn(at, competition.reasonsAnswerDays)}T00:00:00Z`),
      },
      select: { id: true },
    });
    await notify(
      {
        type: "competition.reasons_requested",
        subject: {
          type: "Competition",
          id: competition.id,
          title: competition.title,
          link: { pathname: "/competitions/[slug]/decision", params: { slug: competition.slug } },
        },
        actor: { userId: requester.id },
        audience: { institutions: officials(competition.institutionId) },
      },
      tx,
    );
    await audit(
      tx,
      "competition.reasons_requested",
      competition,
      { userId: requester.id, ip },
      { requestId: request.id },
    );
    return request.id;
  });
  await dispatchNotifications();
  return { requestId: id };
}

/**
 * A request that came on paper or by e-mail, recorded by an official with the
 * Polish day it was received: refused when that day is after the window's last
 * day (REASONS_REQUEST_LATE) or after today by the database's clock. The
 * answer goes to the address given (answerReasons).
 */
export async function recordPaperRequest(
  competitionId: string,
  values: PaperRequestValues,
  actor: Actor,
): Promise<{ requestId: string }> {
  return db().$transaction(async (tx) => {
    const competition = await tx.competition.findUniqueOrThrow({
      where: { id: competitionId },
      select: { id: true, institutionId: true, reasonsAnswerDays: true },
    });
    const until = await reasonsWindow(tx, competitionId);
    if (!until) throw new ReasonsRuleError("RESULTS_NOT_PUBLISHED");
    const now = await databaseNow(tx);
    if (values.receivedOn > polishDay(now)) throw new ReasonsRuleError("RECEIVED_IN_FUTURE");
    if (endOfPolishDay(values.receivedOn) > until) throw new ReasonsRuleError("REASONS_REQUEST_LATE");
    if (values.offerId) {
      const offer = await tx.offerDecision.findFirst({
        where: { offerId: values.offerId, offer: { competitionId } },
        select: { offerId: true },
      });
      if (!offer) throw new AppError("NOT_FOUND", "recordPaperRequest: offer");
    }
    // Noon of the day received: the day is what counts, and noon is that day in Poland whatever the season.
    const receivedAt = polishLocalToDate(`${values.receivedOn}T12:00`)!;
    const request = await tx.reasonsRequest.create({
      data: {
        competitionId,
        offerId: values.offerId,
        requesterName: values.requesterName,
        requesterEmail: values.requesterEmail,
        body: values.body,
        receivedAt,
        recordedById: actor.userId,
        answerDueOn: new Date(`${reasonsAnswerDueOn(receivedAt, competition.reasonsAnswerDays)}T00:00:00Z`),
      },
      select: { id: true },
    });
    await audit(tx, "competition.reasons_requested", competition, actor, { requestId: request.id, paper: true });
    return { requestId: request.id };
  });
}

export async function answerReasons(
  competitionId: string,
  requestId: string,
  answer: string,
  actor: Actor,
): Promise<{ answered: true }> {
  const paper = await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ReasonsRequest" WHERE id = ${requestId} FOR UPDATE`;
    const request = await tx.reasonsRequest.findFirst({
      where: { id: requestId, competitionId },
      select: {
        state: true,
        requesterId: true,
        requesterName: true,
        requesterEmail: true,
        body: true,
        competition: { select: { id: true, slug: true, title: true, institutionId: true } },
      },
    });
    if (!request) throw new AppError("NOT_FOUND", "answerReasons");
    if (request.state === "ANSWERED") throw new ReasonsRuleError("ALREADY_ANSWERED");
    const at = await databaseNow(tx);
    await tx.reasonsRequest.update({
      where: { id: requestId },
      data: { state: "ANSWERED", answer, answeredAt: at, answeredById: actor.userId },
    });
    const { competition } = request;
    if (request.requesterId)
      await notify(
        {
          type: "competition.reasons_answered",
          subject: {
            type: "Competition",
            id: competition.id,
            title: competition.title,
            link: { pathname: "/competitions/[slug]/reasons", params: { slug: competition.slug } },
          },
          actor: { userId: actor.userId, institutionId: competition.institutionId },
          audience: { users: [request.requesterId] },
        },
        tx,
      );
    await audit(tx, "competition.reasons_answered", competition, actor, { requestId });
    // A request recorded from paper or e-mail has no account to notify: the answer goes to its address.
    return request.requesterId ? null : { ...request, competitionTitle: competition.title };
  });
  await dispatchNotifications();
  if (paper) {
    try {
      await queueMail(
        answerMail({
          to: paper.requesterEmail,
          recipientName: paper.requesterName,
          platformName: await platformNameIn("pl"),
          competition: paper.competitionTitle,
          request: paper.body,
          answer,
        }),
      );
    } catch (error) {
      log.error("reasons answer not e-mailed", { requestId, error });
    }
  }
  return { answered: true };
}

/** The requests the reader made in this competition, newest first, with the answers given. */
export async function ownReasonsRequests(competitionId: string, userId: string) {
  return db().reasonsRequest.findMany({
    where: { competitionId, requesterId: userId },
    orderBy: { receivedAt: "desc" },
    select: {
      id: true,
      body: true,
      receivedAt: true,
      state: true,
      answer: true,
      answeredAt: true,
      offer: { select: { title: true } },
    },
  });
}

/** Every request of the competition for its officials, unanswered first. */
export async function competitionReasonsRequests(competitionId: string) {
  return db().reasonsRequest.findMany({
    where: { competitionId },
    orderBy: [{ state: "asc" }, { receivedAt: "asc" }],
    select: {
      id: true,
      body: true,
      receivedAt: true,
      requesterName: true,
      requesterEmail: true,
      state: true,
      answer: true,
      answeredAt: true,
      answerDueOn: true,
      offer: { select: { title: true } },
    },
  });
}

/**
 * The reasons page for a signed-in reader: the competition, the window, the
 * decided offers one may ask about (any of them: the statute says "każdy"),
 * and the reader's own requests with their answers. Null before the results.
 */
export async function reasonsPageView(slug: string, userId: string, now?: Date) {
  const competition = await db().competition.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, status: true },
  });
  if (!competition || (competition.status !== "DECIDED" && competition.status !== "ANNULLED")) return null;
  const until = await reasonsWindow(db(), competition.id);
  if (!until) return null;
  const at = now ?? (await databaseNow());
  const offers = await db().offerDecision.findMany({
    where: { offer: { competitionId: competition.id } },
    orderBy: [{ offer: { task: { position: "asc" } } }, { offer: { submittedAt: "asc" } }],
    select: { offer: { select: { id: true, title: true, leadOrganisation: { select: { name: true } } } } },
  });
  return {
    ...competition,
    until,
    open: at < until,
    offers: offers.map(({ offer }) => ({ id: offer.id, title: offer.title, lead: offer.leadOrganisation.name })),
    requests: await ownReasonsRequests(competition.id, userId),
  };
}
export type ReasonsPageView = NonNullable<Awaited<ReturnType<typeof reasonsPageView>>>;
