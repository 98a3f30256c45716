// A member's evaluation card for one offer (design §2.4, §3.3, §5.1): saved as
// typed (a draft with a revision; a save from a stale copy is refused with
// STALE_CARD and nothing is written, the browser keeps its copy), then
// submitted once every applicable criterion has its score and justification.
// Refused before any write: without a declaration (DECLARATION_REQUIRED), with
// a conflict (CONFLICT_DECLARED), for a role without a vote (the secretary:
// permission commission.score), once the commission closed (COMMISSION_CLOSED,
// with the database trigger behind it). An expert's card is advisory: kept and
// printed, never counted.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { admittedFor } from "@/lib/competitions/commission/access";
import type { SaveCardInput } from "@/lib/competitions/commission/schemas";
import {
  applicableCriteria,
  cardTotal,
  scoreProblem,
  validateCard,
  type CardProblemCode,
  type CriterionSnapshot,
} from "@/lib/competitions/evaluation/calc/cards";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type CardRefusal =
  | "COMMISSION_NOT_ACTIVE"
  | "COMMISSION_CLOSED"
  | "OFFER_NOT_ADMITTED"
  | "OFFER_DECIDED"
  | "DECLARATION_REQUIRED"
  | "CONFLICT_DECLARED"
  | "CARD_SUBMITTED"
  | "STALE_CARD"
  | CardProblemCode;

type Tx = Prisma.TransactionClient;

export interface SavedCard {
  revision: number;
  totalTenths: number;
  status: "DRAFT" | "SUBMITTED";
}

/** Everything the card's rules need, read in the writing transaction; the card row is locked. */
async function scoringContext(tx: Tx, actor: Actor, input: SaveCardInput) {
  const member = await tx.commissionMember.findFirst({
    where: {
      userId: actor.id,
      removedAt: null,
      acceptedAt: { not: null },
      commission: { competitionId: input.competitionId },
    },
    select: { id: true, role: true, commission: { select: { id: true, status: true, criteriaSnapshot: true } } },
  });
  const offer = await tx.offer.findUnique({
    where: { id: input.offerId },
    select: {
      competitionId: true,
      status: true,
      currentVersionId: true,
      task: { select: { form: true } },
      formalReview: { select: { status: true } },
      decision: { select: { offerId: true } },
    },
  });
  if (
    !member ||
    !offer?.currentVersionId ||
    offer.competitionId !== input.competitionId ||
    offer.status !== "SUBMITTED"
  )
    throw new AppError("NOT_FOUND", `offer ${input.offerId}`);
  const refuse = (code: CardRefusal) => {
    throw new RuleRefusal<CardRefusal>(code);
  };
  if (member.commission.status === "FORMING") refuse("COMMISSION_NOT_ACTIVE");
  if (member.commission.status === "CLOSED") refuse("COMMISSION_CLOSED");
  if (!admittedFor(member.role, offer.formalReview?.status ?? null)) refuse("OFFER_NOT_ADMITTED");
  const declaration = await tx.conflictDeclaration.findUnique({
    where: { memberId_offerId: { memberId: member.id, offerId: input.offerId } },
    select: { conflict: true },
  });
  if (!declaration) refuse("DECLARATION_REQUIRED");
  if (declaration?.conflict) refuse("CONFLICT_DECLARED");
  if (offer.decision) refuse("OFFER_DECIDED");
  const [card] = await tx.$queryRaw<{ id: string; revision: number; status: string }[]>`
    SELECT id, revision, status::text AS status FROM "EvaluationCard"
    WHERE "memberId" = ${member.id} AND "offerId" = ${input.offerId} FOR UPDATE`;
  const criteria = applicableCriteria(
    member.commission.criteriaSnapshot as unknown as CriterionSnapshot[],
    offer.task?.form ?? "SUPPORT",
  );
  return { member, commissionId: member.commission.id, versionId: offer.currentVersionId, card, criteria };
}

/** The scores as stored: one row per applicable criterion; a score out of range or for another criterion is refused. */
function scoreRows(input: SaveCardInput, criteria: CriterionSnapshot[]) {
  const byIndex = new Map(criteria.map((c) => [c.index, c]));
  for (const entry of input.scores) {
    const criterion = byIndex.get(entry.criterionIndex);
    if (!criterion) {
      if (entry.scoreTenths !== null) throw new RuleRefusal<CardRefusal>("CRITERION_NOT_APPLICABLE");
      continue;
    }
    const problem = entry.scoreTenths === null ? null : scoreProblem(entry.scoreTenths, criterion);
    if (problem) throw new RuleRefusal<CardRefusal>(problem);
  }
  const typed = new Map(input.scores.map((s) => [s.criterionIndex, s]));
  return criteria.map((criterion) => ({
    criterionIndex: criterion.index,
    scoreTenths: typed.get(criterion.index)?.scoreTenths ?? null,
    maxTenths: criterion.maxTenths,
    justification: typed.get(criterion.index)?.justification.trim() ?? "",
  }));
}

async function write(actor: Actor, input: SaveCardInput, submit: boolean): Promise<SavedCard> {
  return db().$transaction(async (tx) => {
    const context = await scoringContext(tx, actor, input);
    const { card, criteria } = context;
    if (card?.status === "SUBMITTED") throw new RuleRefusal<CardRefusal>("CARD_SUBMITTED");
    if ((card?.revision ?? 0) !== input.revision) throw new RuleRefusal<CardRefusal>("STALE_CARD");
    const rows = scoreRows(input, criteria);
    if (submit) {
      const [problem] = validateCard(rows, criteria);
      if (problem) throw new RuleRefusal<CardRefusal>(problem.code);
    }
    const totalTenths = cardTotal(rows, criteria);
    const now = submit ? await databaseNow(tx) : null;
    const fields = {
      totalTenths,
      revision: input.revision + 1,
      comment: input.comment.trim() || null,
      ...(submit ? { status: "SUBMITTED" as const, submittedAt: now } : {}),
    };
    const saved = card
      ? await tx.evaluationCard.update({ where: { id: card.id }, data: fields, select: { id: true } })
      : await tx.evaluationCard.create({
          data: {
            ...fields,
            commissionId: context.commissionId,
            memberId: context.member.id,
            offerId: input.offerId,
            versionId: context.versionId,
            advisory: context.member.role === "EXPERT",
          },
          select: { id: true },
        });
    await tx.evaluationScore.deleteMany({ where: { cardId: saved.id } });
    await tx.evaluationScore.createMany({ data: rows.map((row) => ({ ...row, cardId: saved.id })) });
    return { revision: input.revision + 1, totalTenths, status: submit ? "SUBMITTED" : "DRAFT" };
  });
}

export const saveCardDraft = (actor: Actor, input: SaveCardInput) => write(actor, input, false);
export const submitCard = (actor: Actor, input: SaveCardInput) => write(actor, input, true);

/** The member's card as the form loads it. */
export async function ownCard(memberId: string, offerId: string) {
  return db().evaluationCard.findUnique({
    where: { memberId_offerId: { memberId, offerId } },
    select: {
      status: true,
      revision: true,
      totalTenths: true,
      comment: true,
      submittedAt: true,
      voidedAt: true,
      version: { select: { number: true } },
      scores: { select: { criterionIndex: true, scoreTenths: true, justification: true } },
    },
  });
}
