// The evaluation of a competition (issue 26) for tests: formal check, corrections,
// commission, declarations, cards, opinions, decisions, results and reasons requests,
// stored directly (no checks, no notifications), on top of the competition and offer
// factories. `competitionUnderEvaluation()` gives the usual starting point: a competition
// after its deadline with submitted offers, each formally COMPLETE unless told otherwise.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  AnnulmentGround,
  AwardStatus,
  CardStatus,
  CommissionOrigin,
  CommissionRole,
  CommissionStatus,
  CorrectionStatus,
  FormalAnswer,
  FormalItemKind,
  FormalStatus,
  OfferOutcome,
  ResultsNoticeKind,
  TaskOutcome,
} from "@/lib/generated/prisma/enums";
import type { CriterionSnapshot } from "@/lib/competitions/evaluation/types";
import type { CorrectionPart } from "@/lib/offers/corrections/parts";
import { createCompetition, type TaskSpec } from "@/tests/factories/competitions";
import { createOffer } from "@/tests/factories/offers";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createOfficial, type TestActor } from "@/tests/factories/people";
import { createFreshInstitution } from "@/tests/helpers/offer-drafts";

const DAY = 24 * 3600 * 1000;

/** The competition's criteria as the factories store them (points), and their snapshot (tenths). */
export const testCriteria = [
  { key: "feasibility", name: "Możliwość realizacji zadania", maxPoints: 10, onlySupport: false },
  { key: "costs", name: "Kalkulacja kosztów", maxPoints: 10, onlySupport: false },
  { key: "ownFunds", name: "Udział środków własnych", maxPoints: 5, onlySupport: true },
];

export const criteriaSnapshotOf = (
  criteria: { name: string; maxPoints: number; onlySupport: boolean }[],
): CriterionSnapshot[] =>
  criteria.map((c, index) => ({ index, name: c.name, maxTenths: c.maxPoints * 10, onlySupport: c.onlySupport }));

async function offerRow(offerId: string) {
  const offer = await db().offer.findUniqueOrThrow({
    where: { id: offerId },
    select: { id: true, taskId: true, competitionId: true, currentVersionId: true, requestedGrant: true },
  });
  if (!offer.currentVersionId || !offer.taskId || !offer.competitionId) {
    throw new Error(`offer ${offerId} is not a submitted competition offer`);
  }
  return {
    ...offer,
    currentVersionId: offer.currentVersionId,
    taskId: offer.taskId,
    competitionId: offer.competitionId,
  };
}

// ---- Formal check and corrections

export async function createChecklistItem(options: {
  competitionId: string;
  position?: number;
  label?: string;
  kind?: FormalItemKind;
  requirementId?: string;
  autoCheck?: string;
  correctable?: boolean;
}) {
  return db().formalChecklistItem.create({
    data: {
      competitionId: options.competitionId,
      position: options.position ?? 0,
      label: options.label ?? "Oferta złożona w terminie",
      kind: options.kind ?? "DEADLINE",
      requirementId: options.requirementId ?? null,
      autoCheck: options.autoCheck ?? null,
      correctable: options.correctable ?? true,
    },
  });
}

/** The formal review of the offer's current version (COMPLETE unless told). */
export async function createFormalReview(options: {
  offerId: string;
  status?: FormalStatus;
  rejectionReason?: string;
  checkedById?: string;
  answers?: { itemId: string; answer?: FormalAnswer; note?: string }[];
}) {
  const offer = await offerRow(options.offerId);
  const status = options.status ?? "COMPLETE";
  return db().formalReview.create({
    data: {
      offerId: offer.id,
      competitionId: offer.competitionId,
      versionId: offer.currentVersionId,
      status,
      checkedById: options.checkedById ?? null,
      checkedAt: status === "PENDING" ? null : new Date(),
      rejectionReason: options.rejectionReason ?? (status === "REJECTED" ? "Oferta złożona po terminie." : null),
      answers: {
        create: (options.answers ?? []).map((a) => ({ itemId: a.itemId, answer: a.answer ?? "MET", note: a.note })),
      },
    },
  });
}

/** An open request to correct the named parts (the description unless told), due in `dueInDays` (7). */
export async function createCorrectionRequest(options: {
  offerId: string;
  parts?: CorrectionPart[];
  message?: string;
  dueInDays?: number;
  dueAt?: Date;
  status?: CorrectionStatus;
  requestedById?: string;
}) {
  const offer = await offerRow(options.offerId);
  const parts: CorrectionPart[] = options.parts ?? [{ kind: "section", key: "description" }];
  return db().correctionRequest.create({
    data: {
      offerId: offer.id,
      fromVersionId: offer.currentVersionId,
      parts: parts as unknown as Prisma.InputJsonValue,
      message: options.message ?? "Proszę uzupełnić opis zadania.",
      dueAt: options.dueAt ?? new Date(Date.now() + (options.dueInDays ?? 7) * DAY),
      status: options.status ?? "OPEN",
      requestedById: options.requestedById ?? null,
    },
  });
}

// ---- Commission

export async function createCommission(options: {
  competitionId: string;
  status?: CommissionStatus;
  criteria?: CriterionSnapshot[];
  overrides?: Partial<Prisma.CommissionUncheckedCreateInput>;
}) {
  const status = options.status ?? "ACTIVE";
  return db().commission.create({
    data: {
      competitionId: options.competitionId,
      status,
      appointedAt: status === "FORMING" ? null : new Date(),
      actReference: "Zarządzenie nr 1/2026",
      criteriaSnapshot: (options.criteria ?? criteriaSnapshotOf(testCriteria)) as unknown as Prisma.InputJsonValue,
      closedAt: status === "CLOSED" ? new Date() : null,
      ...options.overrides,
    },
  });
}

/**
 * A seat on the commission held by a new person (two-factor on, invitation accepted unless
 * `accepted: false`), returned with the person's actor; `userId` seats an existing person.
 */
export async function createCommissionMember(options: {
  commissionId: string;
  role?: CommissionRole;
  origin?: CommissionOrigin;
  accepted?: boolean;
  removed?: boolean;
  twoFactor?: boolean;
  actor?: TestActor;
}): Promise<{ member: Awaited<ReturnType<ReturnType<typeof db>["commissionMember"]["create"]>>; actor: TestActor }> {
  const actor = options.actor ?? (await createActor({ twoFactor: options.twoFactor ?? true }));
  const person = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, email: true } });
  const accepted = options.accepted ?? true;
  const origin = options.origin ?? "OFFICE";
  const member = await db().commissionMember.create({
    data: {
      commissionId: options.commissionId,
      // As addMember does: an official's seat is bound to their account from the appointment.
      userId: accepted || origin === "OFFICE" ? actor.id : null,
      name: person.name,
      email: person.email,
      role: options.role ?? "MEMBER",
      origin,
      acceptedAt: accepted ? new Date() : null,
      removedAt: options.removed ? new Date() : null,
      removalReason: options.removed ? "Rezygnacja z udziału w komisji." : null,
    },
  });
  return { member, actor };
}

/** The member's declaration for the offer: no conflict unless told. */
export async function createDeclaration(options: { memberId: string; offerId: string; conflict?: boolean }) {
  return db().conflictDeclaration.create({
    data: {
      memberId: options.memberId,
      offerId: options.offerId,
      conflict: options.conflict ?? false,
      conflictDeclaredAt: options.conflict ? new Date() : null,
      statementVersion: "kpa24@1",
    },
  });
}

/**
 * The member's card for the offer's current version with one score (tenths) per criterion
 * of the commission's snapshot (null: not scored yet); SUBMITTED unless told. An EXPERT's
 * card is advisory.
 */
export async function createCard(options: {
  memberId: string;
  offerId: string;
  scores: (number | null)[];
  status?: CardStatus;
  suggestedAmount?: number;
}) {
  const member = await db().commissionMember.findUniqueOrThrow({
    where: { id: options.memberId },
    select: { commissionId: true, role: true, commission: { select: { criteriaSnapshot: true } } },
  });
  const offer = await offerRow(options.offerId);
  const criteria = member.commission.criteriaSnapshot as unknown as CriterionSnapshot[];
  const status = options.status ?? "SUBMITTED";
  return db().evaluationCard.create({
    data: {
      commissionId: member.commissionId,
      memberId: options.memberId,
      offerId: offer.id,
      versionId: offer.currentVersionId,
      status,
      advisory: member.role === "EXPERT",
      totalTenths: options.scores.reduce<number>((sum, s) => sum + (s ?? 0), 0),
      suggestedAmount: options.suggestedAmount === undefined ? null : BigInt(options.suggestedAmount),
      submittedAt: status === "DRAFT" ? null : new Date(),
      voidedAt: status === "VOID" ? new Date() : null,
      scores: {
        create: options.scores.map((scoreTenths, criterionIndex) => ({
          criterionIndex,
          scoreTenths,
          maxTenths: criteria[criterionIndex]?.maxTenths ?? 100,
          justification: scoreTenths === null ? "" : "Uzasadnienie oceny.",
        })),
      },
    },
    include: { scores: true },
  });
}

/** The commission's opinion on the offer; requested amount from the offer, proposal as given. */
export async function createAssessment(options: {
  offerId: string;
  commissionId: string;
  proposedAmount?: number | null;
  cutReason?: string;
  recommended?: boolean;
  opinion?: string;
}) {
  const offer = await offerRow(options.offerId);
  const proposed = options.proposedAmount ?? null;
  const cut = proposed !== null && BigInt(proposed) !== offer.requestedGrant;
  return db().offerAssessment.create({
    data: {
      offerId: offer.id,
      commissionId: options.commissionId,
      taskId: offer.taskId,
      requestedAmount: offer.requestedGrant,
      proposedAmount: proposed === null ? null : BigInt(proposed),
      cutReason: options.cutReason ?? (cut ? "Koszty zawyżone w pozycji 3." : null),
      recommended: options.recommended ?? proposed !== null,
      opinion: options.opinion ?? "Oferta spełnia wymagania ogłoszenia.",
    },
  });
}

// ---- Decision, results, reasons

export async function createTaskDecision(options: {
  taskId: string;
  outcome?: TaskOutcome;
  annulmentGround?: AnnulmentGround;
  reason?: string;
  decidedById?: string;
}) {
  const outcome = options.outcome ?? "FUNDED";
  return db().taskDecision.create({
    data: {
      taskId: options.taskId,
      outcome,
      annulmentGround: outcome === "ANNULLED" ? (options.annulmentGround ?? "NO_VALID_OFFER") : null,
      reason: options.reason ?? (outcome === "FUNDED" ? "" : "Żadna oferta nie spełniła wymogów ogłoszenia."),
      decidedById: options.decidedById ?? null,
    },
  });
}

/** The offer's outcome in the task's decision; FUNDED creates its TaskAward (status AWARDED unless told). */
export async function createOfferDecision(options: {
  offerId: string;
  decisionId: string;
  outcome?: OfferOutcome;
  amount?: number;
  reason?: string;
  awardStatus?: AwardStatus;
}) {
  const offer = await offerRow(options.offerId);
  const outcome = options.outcome ?? "FUNDED";
  const amount = outcome === "FUNDED" ? BigInt(options.amount ?? Number(offer.requestedGrant)) : null;
  const lead = await db().offer.findUniqueOrThrow({
    where: { id: offer.id },
    select: { leadOrganisation: { select: { id: true, name: true } } },
  });
  // One transaction, as the decision mutation: a refused award (pool) leaves no decision behind.
  return db().$transaction(async (tx) => {
    const decision = await tx.offerDecision.create({
      data: {
        offerId: offer.id,
        taskId: offer.taskId,
        decisionId: options.decisionId,
        outcome,
        amount,
        reason: options.reason ?? (outcome === "FUNDED" ? "" : "Niższa ocena niż oferty dofinansowane."),
      },
    });
    if (amount === null) return { decision, award: null };
    const award = await tx.taskAward.create({
      data: {
        taskId: offer.taskId,
        offerId: offer.id,
        organisationId: lead.leadOrganisation.id,
        recipientName: lead.leadOrganisation.name,
        amount,
        requestedAmount: offer.requestedGrant,
        decidedAt: decision.decidedAt,
        decisionId: options.decisionId,
        status: options.awardStatus ?? (amount < offer.requestedGrant ? "ACCEPTANCE_PENDING" : "AWARDED"),
      },
    });
    return { decision, award };
  });
}

/** A published notice; the three channel days recorded unless `channels: false`. */
export async function createResultsNotice(options: {
  competitionId: string;
  kind?: ResultsNoticeKind;
  publishedAt?: Date;
  channels?: boolean;
}) {
  const publishedAt = options.publishedAt ?? new Date();
  const day = new Date(`${publishedAt.toISOString().slice(0, 10)}T00:00:00Z`);
  const channels = options.channels ?? true;
  const notice = await db().resultsNotice.create({
    data: {
      competitionId: options.competitionId,
      kind: options.kind ?? "RESULTS",
      publishedAt,
      bipOn: channels ? day : null,
      noticeBoardOn: channels ? day : null,
      websiteOn: channels ? day : null,
    },
  });
  await db().competition.update({
    where: { id: options.competitionId },
    data: { resultsPublishedAt: publishedAt, status: "DECIDED", decidedAt: publishedAt },
  });
  return notice;
}

export async function createReasonsRequest(options: {
  competitionId: string;
  offerId?: string;
  requesterId?: string;
  receivedAt?: Date;
  answered?: boolean;
}) {
  const requester = options.requesterId
    ? await db().user.findUniqueOrThrow({ where: { id: options.requesterId }, select: { name: true, email: true } })
    : { name: "Maria Pytająca", email: "maria@test.example.org" };
  const receivedAt = options.receivedAt ?? new Date();
  return db().reasonsRequest.create({
    data: {
      competitionId: options.competitionId,
      offerId: options.offerId ?? null,
      requesterId: options.requesterId ?? null,
      requesterName: requester.name,
      requesterEmail: requester.email,
      body: "Proszę o uzasadnienie wyboru ofert.",
      receivedAt,
      state: options.answered ? "ANSWERED" : "RECEIVED",
      answer: options.answered ? "Oferta uzyskała najwyższą liczbę punktów." : null,
      answeredAt: options.answered ? new Date() : null,
      answerDueOn: new Date(`${new Date(receivedAt.getTime() + 14 * DAY).toISOString().slice(0, 10)}T00:00:00Z`),
    },
  });
}

// ---- The usual starting point

export interface UnderEvaluationOptions {
  /** The office (default: a new one, of a territory no other office holds). */
  institutionId?: string;
  /** Submitted offers, all in the first task (2 unless told). */
  offers?: number;
  tasks?: TaskSpec[];
  /** The formal status given to every offer (COMPLETE); null: no review rows yet. */
  formal?: FormalStatus | null;
  /** Also an ACTIVE commission with a chair and `members` MEMBERs (2), accepted, two-factor on. */
  commission?: boolean;
  members?: number;
  /** Each offer's requested grant, grosze (1 000 000 = 10 000 zł). */
  requestedGrant?: number;
}

/**
 * A published competition whose offer deadline passed yesterday, with an official of its office
 * and `offers` submitted offers (each by its own organisation with an OWNER), formally COMPLETE;
 * with `commission: true` an active commission, its chair and members.
 */
export async function competitionUnderEvaluation(options: UnderEvaluationOptions = {}) {
  const competition = await createCompetition({
    institutionId: options.institutionId ?? (await createFreshInstitution()).id,
    opensInDays: -30,
    deadlineInDays: -1,
    publishedDaysAgo: 35,
    tasks: options.tasks,
    overrides: { selectionCriteria: testCriteria as unknown as Prisma.InputJsonValue },
  });
  const task = competition.tasks[0]!;
  const official = await createOfficial(competition.institutionId);
  const offers = [];
  for (let i = 0; i < (options.offers ?? 2); i += 1) {
    const lead = await createOrganisation({ verifiedAt: new Date() });
    const owner = await createMember(lead.id, "OWNER");
    const offer = await createOffer({
      taskId: task.id,
      leadOrganisationId: lead.id,
      title: `Oferta ${i + 1}`,
      submitted: true,
      submittedAt: new Date(Date.now() - 2 * DAY + i * 60_000),
      requestedGrant: options.requestedGrant,
      createdById: owner.id,
    });
    const formal = options.formal === undefined ? "COMPLETE" : options.formal;
    if (formal !== null) await createFormalReview({ offerId: offer.id, status: formal, checkedById: official.id });
    offers.push({ offer, lead, owner });
  }
  if (!options.commission) return { competition, task, official, offers, commission: null, chair: null, members: [] };

  const commission = await createCommission({ competitionId: competition.id });
  const chair = await createCommissionMember({ commissionId: commission.id, role: "CHAIR" });
  const members = [];
  for (let i = 0; i < (options.members ?? 2); i += 1) {
    members.push(await createCommissionMember({ commissionId: commission.id, role: "MEMBER" }));
  }
  return { competition, task, official, offers, commission, chair, members };
}
