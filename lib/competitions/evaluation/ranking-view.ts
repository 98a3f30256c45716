// The ranking page's view model, for one task per request (design §5.3): one
// aggregate over the voting cards, one query for the task's admitted offers
// with their assessments, and the reader's own cards; the ranking itself is
// the pure calc. Members see the scores of an offer only after submitting
// their own card for it, so nobody anchors on the others (🔶 §5.3).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import {
  EMPTY_AGGREGATE,
  effectiveScore,
  pointsDecimal,
  tenthsDecimal,
} from "@/lib/competitions/evaluation/calc/aggregate";
import { attentionReason, isDivergent } from "@/lib/competitions/evaluation/calc/divergence";
import { poolState } from "@/lib/competitions/evaluation/calc/pool";
import { rankOffers } from "@/lib/competitions/evaluation/calc/ranking";
import {
  admittedWhere,
  commissionAttention,
  criteriaFor,
  votingAggregates,
} from "@/lib/competitions/evaluation/queries";
import { evaluationReader } from "@/lib/competitions/evaluation/reader";

export type RankingView = NonNullable<Awaited<ReturnType<typeof rankingView>>>;
export type RankingRow = RankingView["rows"][number];

export async function rankingView(slug: string, actor: Actor | null, taskNumber?: string) {
  const competition = await db().competition.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      institutionId: true,
      tasks: {
        orderBy: { position: "asc" },
        select: { id: true, number: true, kindName: true, form: true, pool: true, minGrant: true },
      },
      commission: {
        select: {
          id: true,
          competitionId: true,
          status: true,
          criteriaSnapshot: true,
          divergenceThresholdBp: true,
          minVotingCards: true,
          passThresholdBp: true,
          ngoAbsenceGround: true,
          closedAt: true,
          reopenedAt: true,
          reopenReason: true,
          protocolChecksum: true,
          members: { where: { removedAt: null, acceptedAt: { not: null } }, select: { origin: true } },
        },
      },
    },
  });
  const commission = competition?.commission;
  if (!competition || !commission || commission.status === "FORMING") return null;
  const reader = await evaluationReader(actor, competition);
  if (!reader) return null;
  const task = competition.tasks.find((t) => t.number === taskNumber) ?? competition.tasks[0];
  if (!task) return null;
  const { maxTenths } = criteriaFor(commission.criteriaSnapshot, task.form);

  const offers = await db().offer.findMany({
    where: admittedWhere(competition.id, task.id),
    select: {
      id: true,
      title: true,
      submittedAt: true,
      leadOrganisation: { select: { name: true } },
      coApplicants: { orderBy: { position: "asc" }, select: { organisation: { select: { name: true } } } },
      currentVersion: { select: { requestedGrant: true, number: true } },
      assessment: {
        select: {
          resolution: true,
          resolutionNote: true,
          agreedScoreTenths: true,
          proposedAmount: true,
          cutReason: true,
          recommended: true,
          opinion: true,
          revision: true,
        },
      },
    },
  });
  const ids = offers.map((offer) => offer.id);
  const aggregates = await votingAggregates(db(), commission.id, ids);
  const ownCards = reader.role
    ? await db().evaluationCard.findMany({
        where: { commissionId: commission.id, member: { userId: actor!.id, removedAt: null }, offerId: { in: ids } },
        select: { offerId: true, status: true },
      })
    : [];
  const ownStatus = new Map(ownCards.map((card) => [card.offerId, card.status]));
  // A seat, the chair's and the secretary's included, sees an offer's figures only with a
  // "no conflict" declaration for it (§3.3, L6); officials who only read through the office see all.
  const cleared = reader.role
    ? new Set(
        (
          await db().conflictDeclaration.findMany({
            where: {
              offerId: { in: ids },
              conflict: false,
              member: { commissionId: commission.id, userId: actor!.id, removedAt: null },
            },
            select: { offerId: true },
          })
        ).map((declaration) => declaration.offerId),
      )
    : null;

  const inputs = offers.map((offer) => {
    const aggregate = aggregates.get(offer.id) ?? EMPTY_AGGREGATE;
    return {
      offer,
      id: offer.id,
      aggregate,
      score: effectiveScore(aggregate, offer.assessment),
      submittedAt: offer.submittedAt ?? new Date(0),
    };
  });
  const ranked = rankOffers(inputs, { passThresholdBp: commission.passThresholdBp, maxTenths });
  const all = ranked.map(({ item, rank, belowThreshold }) => {
    const { offer, aggregate, score } = item;
    const assessment = offer.assessment;
    const divergent = isDivergent(aggregate, commission.divergenceThresholdBp, maxTenths);
    const conflicted = cleared !== null && !cleared.has(offer.id);
    const hidden = conflicted || (!reader.seesAllScores && ownStatus.get(offer.id) !== "SUBMITTED");
    // A hidden row keeps its title only: the chair's proposal and resolution would anchor as the scores would (§5.3).
    const shown = hidden ? null : assessment;
    return {
      offerId: offer.id,
      title: offer.title,
      applicants: [offer.leadOrganisation.name, ...offer.coApplicants.map((c) => c.organisation.name)],
      versionNumber: offer.currentVersion?.number ?? 1,
      submittedAt: item.submittedAt,
      requested: Number(offer.currentVersion?.requestedGrant ?? 0n),
      hidden,
      /** Another member handles it: the reader has no "no conflict" declaration for it. */
      conflicted,
      rank: hidden ? null : rank,
      score: hidden || !score ? null : pointsDecimal(score.num, score.den),
      cards: hidden ? null : aggregate.n,
      range:
        hidden || aggregate.n === 0 ? null : { min: tenthsDecimal(aggregate.min), max: tenthsDecimal(aggregate.max) },
      divergent: !hidden && divergent,
      belowThreshold: !hidden && belowThreshold,
      attention: hidden
        ? null
        : attentionReason(aggregate, divergent, assessment?.resolution ?? null, commission.minVotingCards),
      ownCard: ownStatus.get(offer.id) ?? null,
      resolution: shown?.resolution ?? null,
      resolutionNote: shown?.resolutionNote ?? "",
      agreedScore: shown?.agreedScoreTenths != null ? tenthsDecimal(shown.agreedScoreTenths) : "",
      proposed: shown?.proposedAmount != null ? Number(shown.proposedAmount) : null,
      cutReason: shown?.cutReason ?? "",
      recommended: shown?.recommended ?? null,
      opinion: shown?.opinion ?? "",
      revision: shown?.revision ?? 0,
    };
  });
  // Offers a member has not scored yet follow in submission order: their place in the ranking would tell the scores.
  const rows = [
    ...all.filter((row) => !row.hidden),
    ...all
      .filter((row) => row.hidden)
      .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || (a.offerId < b.offerId ? -1 : 1)),
  ];
  const pool = Number(task.pool);
  const closing =
    reader.mayChair && commission.status === "ACTIVE" ? await commissionAttention(db(), commission) : null;
  return {
    competition: { id: competition.id, slug: competition.slug, title: competition.title },
    commission: {
      id: commission.id,
      status: commission.status,
      thresholdBp: commission.divergenceThresholdBp,
      minVotingCards: commission.minVotingCards,
      passThresholdBp: commission.passThresholdBp,
      closedAt: commission.closedAt,
      reopenedAt: commission.reopenedAt,
      reopenReason: commission.reopenReason,
      protocolChecksum: commission.protocolChecksum,
      /** No nominee of an organisation sits on it: closing needs the ground (L7). */
      withoutNgo: !commission.members.some((member) => member.origin === "NGO_NOMINEE"),
      ngoAbsenceGround: commission.ngoAbsenceGround,
    },
    tasks: competition.tasks.map((t) => ({ number: t.number, kindName: t.kindName, current: t.id === task.id })),
    task: {
      number: task.number,
      kindName: task.kindName,
      pool,
      minGrant: task.minGrant === null ? null : Number(task.minGrant),
      maxPoints: tenthsDecimal(maxTenths),
    },
    rows,
    // The task's pool counts every proposal, hidden rows' too (only the total, never per offer).
    pool: poolState(
      pool,
      offers.map((offer) =>
        offer.assessment?.proposedAmount != null ? Number(offer.assessment.proposedAmount) : null,
      ),
    ),
    reader: {
      role: reader.role,
      official: reader.official,
      mayChair: reader.mayChair && commission.status === "ACTIVE",
      mayReopen: reader.mayReopen && commission.status === "CLOSED",
      mayDownloadProtocol: reader.mayDownloadProtocol,
      seesAllScores: reader.seesAllScores,
    },
    closeBlockers: closing?.attention ?? [],
  };
}
