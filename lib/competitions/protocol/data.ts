// Everything the commission's protocol prints (design §6.1), read once (one
// query per kind of row, never one per card) and put in words and integers
// only, so that its canonical JSON, and thus the checksum, is the same on every
// render of the same record. Polish only: the protocol is an official document.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import type { CommissionOrigin, CommissionRole, FormalStatus } from "@/lib/generated/prisma/enums";
import { dateTimeFormatter, longDateTime } from "@/lib/i18n/date-time";
import { addresseeName } from "@/lib/offers/addressee";
import { canonicalJson } from "@/lib/offers/calc/canonical";
import {
  aggregateCards,
  aggregateCriteria,
  effectiveScore,
  pointsDecimal,
  tenthsDecimal,
} from "@/lib/competitions/evaluation/calc/aggregate";
import { isDivergent } from "@/lib/competitions/evaluation/calc/divergence";
import { poolState } from "@/lib/competitions/evaluation/calc/pool";
import { rankOffers } from "@/lib/competitions/evaluation/calc/ranking";
import { criteriaFor } from "@/lib/competitions/evaluation/queries";
import { pln } from "@/lib/offers/pdf/layout";

const ROLE: Record<CommissionRole, string> = {
  CHAIR: "przewodniczący",
  SECRETARY: "sekretarz (bez prawa głosu)",
  MEMBER: "członek",
  EXPERT: "ekspert (głos doradczy)",
};
const ORIGIN: Record<CommissionOrigin, string> = {
  OFFICE: "przedstawiciel organu",
  NGO_NOMINEE: "osoba wskazana przez organizację pozarządową",
  EXTERNAL: "osoba spoza organu",
};
const FORMAL: Record<FormalStatus, string> = {
  PENDING: "w trakcie oceny",
  TO_CORRECT: "wezwana do uzupełnienia",
  COMPLETE: "spełnia wymogi formalne",
  REJECTED: "odrzucona z przyczyn formalnych",
};
const NGO_ABSENCE = {
  NONE_NOMINATED: "organizacje nie wskazały osób do składu komisji",
  DID_NOT_ATTEND: "wskazane osoby nie wzięły udziału w pracach komisji",
  ALL_EXCLUDED: "wszystkie wskazane osoby podlegały wyłączeniu",
} as const;
const RESOLUTION = {
  KEEP_MEAN: "utrzymano średnią",
  RESCORED: "członkowie ponownie ocenili ofertę",
  COMMISSION_SCORE: "komisja uzgodniła ocenę",
} as const;

export type ProtocolData = NonNullable<Awaited<ReturnType<typeof protocolData>>>;

/** SHA-256 of the canonical data: a re-render of the same record is comparable with the stored one. */
export function protocolChecksum(data: ProtocolData): string {
  return createHash("sha256").update(canonicalJson(data)).digest("hex");
}

export async function protocolData(competitionId: string) {
  const format = dateTimeFormatter("pl");
  const when = (date: Date | null | undefined) => (date ? longDateTime(format, date) : "");
  const competition = await db().competition.findUnique({
    where: { id: competitionId },
    select: {
      id: true,
      title: true,
      slug: true,
      institution: { select: { name: true, officeName: true } },
      tasks: {
        orderBy: { position: "asc" },
        select: { id: true, number: true, kindName: true, form: true, pool: true },
      },
      commission: {
        select: {
          id: true,
          status: true,
          appointedAt: true,
          actReference: true,
          criteriaSnapshot: true,
          divergenceThresholdBp: true,
          minVotingCards: true,
          passThresholdBp: true,
          ngoAbsenceGround: true,
          closedAt: true,
          reopenedAt: true,
          reopenReason: true,
          members: {
            orderBy: [{ invitedAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              name: true,
              role: true,
              origin: true,
              acceptedAt: true,
              removedAt: true,
              removalReason: true,
            },
          },
          meetings: {
            orderBy: [{ startsAt: "asc" }, { id: "asc" }],
            select: {
              startsAt: true,
              place: true,
              minutes: true,
              minutesApprovedAt: true,
              attendance: { select: { memberId: true, present: true } },
            },
          },
        },
      },
    },
  });
  const commission = competition?.commission;
  if (!competition || !commission) return null;
  const memberName = new Map(commission.members.map((member) => [member.id, member.name]));

  const offers = await db().offer.findMany({
    where: { competitionId, status: "SUBMITTED" },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      taskId: true,
      submittedAt: true,
      leadOrganisation: { select: { name: true } },
      coApplicants: { orderBy: { position: "asc" }, select: { organisation: { select: { name: true } } } },
      currentVersion: { select: { number: true, shortChecksum: true, requestedGrant: true } },
      formalReview: { select: { status: true, rejectionReason: true } },
      assessment: {
        select: {
          resolution: true,
          resolutionNote: true,
          agreedScoreTenths: true,
          proposedAmount: true,
          cutReason: true,
          recommended: true,
          opinion: true,
        },
      },
    },
  });
  const offerLabel = new Map(offers.map((offer, index) => [offer.id, `${index + 1}. ${offer.title}`]));
  const declarations = await db().conflictDeclaration.findMany({
    where: { member: { commissionId: commission.id } },
    orderBy: [{ offerId: "asc" }, { memberId: "asc" }],
    select: { memberId: true, offerId: true, conflict: true, declaredAt: true, conflictDeclaredAt: true },
  });
  const cards = await db().evaluationCard.findMany({
    where: { commissionId: commission.id },
    orderBy: [{ offerId: "asc" }, { memberId: "asc" }],
    select: {
      memberId: true,
      offerId: true,
      status: true,
      advisory: true,
      totalTenths: true,
      suggestedAmount: true,
      comment: true,
      submittedAt: true,
      version: { select: { number: true } },
      scores: {
        orderBy: { criterionIndex: "asc" },
        select: { criterionIndex: true, scoreTenths: true, maxTenths: true, justification: true },
      },
    },
  });
  const cardsOf = new Map<string, typeof cards>();
  for (const card of cards) cardsOf.set(card.offerId, [...(cardsOf.get(card.offerId) ?? []), card]);

  const tasks = competition.tasks.map((task) => {
    const { criteria, maxTenths } = criteriaFor(commission.criteriaSnapshot, task.form);
    const admitted = offers.filter((offer) => offer.taskId === task.id && offer.formalReview?.status === "COMPLETE");
    const inputs = admitted.map((offer) => {
      const offerCards = cardsOf.get(offer.id) ?? [];
      const aggregate = aggregateCards(offerCards);
      return { offer, offerCards, aggregate, id: offer.id, submittedAt: offer.submittedAt ?? new Date(0) };
    });
    const ranked = rankOffers(
      inputs.map((input) => ({ ...input, score: effectiveScore(input.aggregate, input.offer.assessment) })),
      { passThresholdBp: commission.passThresholdBp, maxTenths },
    );
    const rows = ranked.map(({ item, rank, belowThreshold }) => {
      const { offer, offerCards, aggregate, score } = item;
      const perCriterion = aggregateCriteria(
        offerCards.map((card) => ({
          ...card,
          scores: new Map(card.scores.map((s) => [s.criterionIndex, s.scoreTenths])),
        })),
        criteria.map((criterion) => criterion.index),
      );
      const assessment = offer.assessment;
      const requested = Number(offer.currentVersion?.requestedGrant ?? 0n);
      const proposed = assessment?.proposedAmount == null ? null : Number(assessment.proposedAmount);
      return {
        rank: rank === null ? "—" : String(rank),
        offer: offerLabel.get(offer.id) ?? offer.title,
        applicants: [offer.leadOrganisation.name, ...offer.coApplicants.map((c) => c.organisation.name)].join("; "),
        requested: pln(requested),
        criteria: criteria.map((criterion) => {
          const value = perCriterion.get(criterion.index)!;
          return value.n === 0 ? "—" : pointsDecimal(value.sum, value.n);
        }),
        score: score ? pointsDecimal(score.num, score.den) : "—",
        cards: aggregate.n,
        range: aggregate.n === 0 ? "—" : `${tenthsDecimal(aggregate.min)}–${tenthsDecimal(aggregate.max)}`,
        divergence: isDivergent(aggregate, commission.divergenceThresholdBp, maxTenths)
          ? `rozbieżność: ${assessment?.resolution ? RESOLUTION[assessment.resolution] : "nierozstrzygnięta"}${
              assessment?.resolutionNote ? ` (${assessment.resolutionNote})` : ""
            }`
          : "",
        belowThreshold,
        proposed: proposed === null ? "—" : pln(proposed),
        proposedGrosze: proposed,
        cutReason: assessment?.cutReason ?? "",
        recommended:
          assessment?.recommended == null ? "" : assessment.recommended ? "rekomendowana" : "nierekomendowana",
        opinion: assessment?.opinion ?? "",
      };
    });
    const pool = poolState(
      Number(task.pool),
      rows.map((row) => row.proposedGrosze),
    );
    return {
      number: task.number,
      kindName: task.kindName,
      form: task.form === "SUPPORT" ? "wspieranie" : "powierzenie",
      criteria: criteria.map((criterion) => `${criterion.name} (maks. ${tenthsDecimal(criterion.maxTenths)})`),
      maxPoints: tenthsDecimal(maxTenths),
      rows: rows.map(({ proposedGrosze: _omit, ...row }) => row),
      pool: { pool: pln(pool.pool), allocated: pln(pool.allocated), remaining: pln(pool.remaining) },
    };
  });

  const ngoActive = commission.members.some((m) => m.origin === "NGO_NOMINEE" && m.acceptedAt && !m.removedAt);
  return {
    office: addresseeName(competition.institution),
    competition: competition.title,
    commission: {
      status: commission.status === "CLOSED" ? "zamknięta" : "w toku (PROJEKT)",
      appointedAt: when(commission.appointedAt),
      actReference: commission.actReference ?? "",
      closedAt: commission.status === "CLOSED" ? when(commission.closedAt) : "",
      reopened: commission.reopenedAt ? `${when(commission.reopenedAt)}: ${commission.reopenReason ?? ""}` : "",
      settings: [
        `próg rozbieżności: ${commission.divergenceThresholdBp / 100}% skali`,
        `minimalna liczba kart z prawem głosu: ${commission.minVotingCards}`,
        commission.passThresholdBp === null ? "" : `próg rekomendacji: ${commission.passThresholdBp / 100}% skali`,
      ].filter(Boolean),
      ngoAbsence:
        ngoActive || !commission.ngoAbsenceGround
          ? ""
          : `Komisja działała bez osób wskazanych przez organizacje pozarządowe: ${NGO_ABSENCE[commission.ngoAbsenceGround]}.`,
    },
    members: commission.members.map((member) => ({
      name: member.name,
      role: ROLE[member.role],
      origin: ORIGIN[member.origin],
      state: member.removedAt
        ? `odwołany ${when(member.removedAt)}${member.removalReason ? `: ${member.removalReason}` : ""}`
        : member.acceptedAt
          ? "w składzie"
          : "nie przyjął zaproszenia",
    })),
    meetings: commission.meetings.map((meeting) => ({
      startsAt: when(meeting.startsAt),
      place: meeting.place ?? "",
      present: meeting.attendance
        .filter((a) => a.present)
        .map((a) => memberName.get(a.memberId) ?? "")
        .sort(),
      absent: meeting.attendance
        .filter((a) => !a.present)
        .map((a) => memberName.get(a.memberId) ?? "")
        .sort(),
      minutes: meeting.minutesApprovedAt ? meeting.minutes : "",
    })),
    declarations: declarations.map((declaration) => ({
      member: memberName.get(declaration.memberId) ?? "",
      offer: offerLabel.get(declaration.offerId) ?? "",
      statement: declaration.conflict ? "wyłączony" : "brak konfliktu",
      declaredAt: when(declaration.conflictDeclaredAt ?? declaration.declaredAt),
    })),
    formal: offers.map((offer) => ({
      offer: offerLabel.get(offer.id) ?? offer.title,
      version: offer.currentVersion ? `${offer.currentVersion.number} (${offer.currentVersion.shortChecksum})` : "",
      status: FORMAL[offer.formalReview?.status ?? "PENDING"],
      reason: offer.formalReview?.rejectionReason ?? "",
    })),
    tasks,
    cards: cards.map((card) => ({
      member: memberName.get(card.memberId) ?? "",
      offer: offerLabel.get(card.offerId) ?? "",
      version: card.version.number,
      kind: card.advisory ? "advisory" : "voting",
      state:
        card.status === "VOID"
          ? "unieważniona (konflikt interesów)"
          : card.status === "DRAFT"
            ? "niezłożona"
            : "złożona",
      submittedAt: when(card.submittedAt),
      scores: card.scores.map((score) => ({
        criterion: score.criterionIndex + 1,
        points:
          score.scoreTenths === null ? "—" : `${tenthsDecimal(score.scoreTenths)} / ${tenthsDecimal(score.maxTenths)}`,
        justification: score.justification,
      })),
      total: tenthsDecimal(card.totalTenths),
      suggested: card.suggestedAmount === null ? "" : pln(Number(card.suggestedAmount)),
      comment: card.comment ?? "",
    })),
    signatures: commission.members
      .filter((member) => member.acceptedAt && !member.removedAt)
      .map((member) => `${member.name} (${ROLE[member.role]})`),
  };
}
