// Conflict-of-interest gating (design §3.3): what a commission member may do
// with one offer. Every page and route serving an offer's content to members
// asks memberOffer(), and gets the content only with `readable`: a seat on an
// active (or closed) commission, the offer admitted to evaluation, and a
// declaration of no conflict. Anything less answers 404 on files, and the page
// shows the declaration form instead of the offer.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import type { CriterionSnapshot } from "@/lib/competitions/evaluation/calc/cards";
import { commissionScope } from "@/lib/competitions/commission/scope";
import { db } from "@/lib/db/client";
import type { CommissionRole } from "@/lib/generated/prisma/enums";

export type AccessRefusal =
  "COMMISSION_NOT_ACTIVE" | "OFFER_NOT_ADMITTED" | "DECLARATION_REQUIRED" | "CONFLICT_DECLARED";

/** Formal states in which each role works on an offer (the secretary prepares meetings before the check ends). */
export function admittedFor(role: CommissionRole, formalStatus: string | null): boolean {
  if (formalStatus === "COMPLETE") return true;
  return role === "SECRETARY" && (formalStatus === "PENDING" || formalStatus === "TO_CORRECT");
}

export type MemberOffer = NonNullable<Awaited<ReturnType<typeof memberOffer>>>;

/**
 * The member's seat and the offer as the gate sees them; null when the actor
 * has no seat they may use (including without two-factor) or the offer is not
 * one of the competition's submitted offers.
 */
export async function memberOffer(competitionId: string, offerId: string, actor: Actor | null) {
  const seat = await commissionScope(competitionId, actor);
  if (!actor || !seat || !can(actor, "commission.view", seat)) return null;
  const [member, offer] = await Promise.all([
    db().commissionMember.findFirst({
      where: { userId: actor.id, removedAt: null, acceptedAt: { not: null }, commission: { competitionId } },
      select: {
        id: true,
        role: true,
        commission: { select: { id: true, status: true, criteriaSnapshot: true } },
      },
    }),
    db().offer.findUnique({
      where: { id: offerId },
      select: {
        id: true,
        status: true,
        competitionId: true,
        currentVersionId: true,
        task: { select: { form: true } },
        formalReview: { select: { status: true } },
        decision: { select: { offerId: true } },
      },
    }),
  ]);
  if (!member || !offer || offer.competitionId !== competitionId || offer.status !== "SUBMITTED") return null;
  const declaration = await db().conflictDeclaration.findUnique({
    where: { memberId_offerId: { memberId: member.id, offerId } },
    select: { conflict: true, declaredAt: true, conflictDeclaredAt: true },
  });
  const refusal: AccessRefusal | null =
    member.commission.status === "FORMING"
      ? "COMMISSION_NOT_ACTIVE"
      : !admittedFor(member.role, offer.formalReview?.status ?? null)
        ? "OFFER_NOT_ADMITTED"
        : !declaration
          ? "DECLARATION_REQUIRED"
          : declaration.conflict
            ? "CONFLICT_DECLARED"
            : null;
  return {
    member: { id: member.id, role: member.role },
    commission: {
      id: member.commission.id,
      status: member.commission.status,
      criteria: member.commission.criteriaSnapshot as unknown as CriterionSnapshot[],
    },
    offer: {
      id: offer.id,
      currentVersionId: offer.currentVersionId,
      form: offer.task?.form ?? "SUPPORT",
      decided: offer.decision !== null,
    },
    declaration,
    refusal,
    readable: refusal === null,
    /** Scoring also needs a voting or advisory role and an active commission without a decision on the offer. */
    mayScore:
      refusal === null &&
      can(actor, "commission.score", seat) &&
      member.commission.status === "ACTIVE" &&
      offer.decision === null,
  };
}
