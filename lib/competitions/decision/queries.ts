// What the office's decision page shows (officials with competitions.decide
// in the competition's office; anyone else: not found): per task its pool,
// the submitted offers with their formal state, the commission's opinion and
// proposed amount (the form's defaults, read from S3's OfferAssessment), the
// decision taken; the results notices with their channel days; the reasons
// requests. Also the office's scope of a competition for the actions.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { polishDay } from "@/lib/time/polish-local";
import { competitionReasonsRequests } from "@/lib/competitions/decision/reasons";

const amount = (value: bigint | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);
const day = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);

/** The office a competition belongs to, for the permission check of the decision actions. */
export async function decisionScope(input: { competitionId: string }) {
  const competition = await db().competition.findUnique({
    where: { id: input.competitionId },
    select: { institutionId: true, status: true },
  });
  return competition && competition.status !== "DRAFT" ? { institutionId: competition.institutionId } : null;
}

async function readDecision(slug: string) {
  return db().competition.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      institutionId: true,
      offersDeadline: true,
      resultsPublishedAt: true,
      acceptanceDays: true,
      reasonsAnswerDays: true,
      resultsListUnfunded: true,
      commission: { select: { status: true } },
      resultsNotices: {
        orderBy: { publishedAt: "asc" },
        select: {
          id: true,
          kind: true,
          publishedAt: true,
          bipOn: true,
          noticeBoardOn: true,
          websiteOn: true,
          bipUrl: true,
        },
      },
      tasks: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          number: true,
          kindName: true,
          pool: true,
          decision: {
            select: {
              outcome: true,
              annulmentGround: true,
              reason: true,
              actReference: true,
              decidedAt: true,
            },
          },
          offers: {
            where: { status: "SUBMITTED" },
            orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              title: true,
              leadOrganisation: { select: { name: true } },
              coApplicants: { orderBy: { position: "asc" }, select: { organisation: { select: { name: true } } } },
              currentVersion: { select: { requestedGrant: true, shortChecksum: true } },
              formalReview: { select: { status: true, rejectionReason: true } },
              assessment: {
                select: { proposedAmount: true, cutReason: true, recommended: true, opinion: true },
              },
              decision: { select: { outcome: true, amount: true, reason: true } },
            },
          },
        },
      },
    },
  });
}

export type DecisionPageView = NonNullable<Awaited<ReturnType<typeof decisionPageView>>>;
export type DecisionTaskView = DecisionPageView["tasks"][number];
export type DecisionOfferView = DecisionTaskView["offers"][number];

/** The decision page of `slug` for `actor`; null when there is none to show them. */
export async function decisionPageView(slug: string, actor: Actor, now?: Date) {
  const row = await readDecision(slug);
  if (!row || row.status === "DRAFT") return null;
  if (!can(actor, "competitions.decide", { institutionId: row.institutionId })) return null;
  const at = now ?? (await databaseNow());
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    status: row.status,
    deadlinePassed: at >= row.offersDeadline,
    resultsPublishedAt: row.resultsPublishedAt,
    commissionClosed: row.commission?.status === "CLOSED",
    settings: {
      acceptanceDays: row.acceptanceDays,
      reasonsAnswerDays: row.reasonsAnswerDays,
      resultsListUnfunded: row.resultsListUnfunded,
    },
    notices: row.resultsNotices.map((notice) => ({
      ...notice,
      bipOn: day(notice.bipOn),
      noticeBoardOn: day(notice.noticeBoardOn),
      websiteOn: day(notice.websiteOn),
    })),
    tasks: row.tasks.map((task) => ({
      id: task.id,
      number: task.number,
      kindName: task.kindName,
      pool: Number(task.pool),
      decision: task.decision,
      offers: task.offers.map((offer) => ({
        id: offer.id,
        title: offer.title,
        applicants: [offer.leadOrganisation.name, ...offer.coApplicants.map((c) => c.organisation.name)],
        requested: amount(offer.currentVersion?.requestedGrant) ?? 0,
        shortChecksum: offer.currentVersion?.shortChecksum ?? "",
        formal: offer.formalReview?.status ?? null,
        rejectionReason: offer.formalReview?.rejectionReason ?? null,
        proposed: amount(offer.assessment?.proposedAmount),
        cutReason: offer.assessment?.cutReason ?? null,
        recommended: offer.assessment?.recommended ?? null,
        opinion: offer.assessment?.opinion ?? "",
        decision: offer.decision
          ? { outcome: offer.decision.outcome, amount: amount(offer.decision.amount), reason: offer.decision.reason }
          : null,
      })),
    })),
    today: polishDay(at),
    /** The offers a request may be about: every decided one. */
    decidedOffers: row.tasks.flatMap((task) =>
      task.offers
        .filter((offer) => offer.decision)
        .map((offer) => ({ id: offer.id, title: offer.title, lead: offer.leadOrganisation.name })),
    ),
    requests: (await competitionReasonsRequests(row.id)).map((request) => ({
      ...request,
      answerDueOn: day(request.answerDueOn)!,
    })),
  };
}
