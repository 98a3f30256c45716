// A member's declaration for one offer, made before reading it (L6, §3.3).
// "No conflict" is refused when the platform knows a tie (CONFLICT_KNOWN); a
// conflict declared after "no conflict" ends the member's access at once and
// voids their card (kept, not counted, printed as voided); a conflict is never
// taken back (DECLARATION_FINAL). The reason of a conflict is not asked.
import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { admittedFor } from "@/lib/competitions/commission/access";
import { DECLARATION_STATEMENT } from "@/lib/competitions/commission/declaration-text";
import { declarationRefusal, knownTie, type DeclarationRefusal } from "@/lib/competitions/commission/exclusion";
import type { declareSchema } from "@/lib/competitions/commission/schemas";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type DeclareRefusal = DeclarationRefusal | "COMMISSION_NOT_ACTIVE" | "COMMISSION_CLOSED" | "OFFER_NOT_ADMITTED";

/** The tie the platform knows between the person and the offer, for the form and the refusal alike. */
export async function tieWith(actor: Actor, offerId: string) {
  const offer = await db().offer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      leadOrganisationId: true,
      coApplicants: { select: { organisationId: true } },
      versions: { select: { submittedById: true } },
    },
  });
  // Every membership counts, whatever the role (OWNER, EDITOR or MEMBER).
  const memberships = await db().organisationMembership.findMany({
    where: { userId: actor.id },
    select: { organisationId: true },
  });
  return knownTie(
    { id: actor.id, organisationIds: memberships.map((m) => m.organisationId) },
    { ...offer, submittedByIds: offer.versions.map((v) => v.submittedById) },
  );
}

export async function declare(actor: Actor, input: z.output<typeof declareSchema>): Promise<{ conflict: boolean }> {
  const tie = await tieWith(actor, input.offerId);
  await db().$transaction(async (tx) => {
    const member = await tx.commissionMember.findFirst({
      where: {
        userId: actor.id,
        removedAt: null,
        acceptedAt: { not: null },
        commission: { competitionId: input.competitionId },
      },
      select: { id: true, role: true, commission: { select: { status: true } } },
    });
    const offer = await tx.offer.findUnique({
      where: { id: input.offerId },
      select: { competitionId: true, status: true, formalReview: { select: { status: true } } },
    });
    if (!member || !offer || offer.competitionId !== input.competitionId || offer.status !== "SUBMITTED")
      throw new AppError("NOT_FOUND", `offer ${input.offerId}`);
    if (member.commission.status === "FORMING") throw new RuleRefusal<DeclareRefusal>("COMMISSION_NOT_ACTIVE");
    if (member.commission.status === "CLOSED") throw new RuleRefusal<DeclareRefusal>("COMMISSION_CLOSED");
    if (!admittedFor(member.role, offer.formalReview?.status ?? null))
      throw new RuleRefusal<DeclareRefusal>("OFFER_NOT_ADMITTED");
    // The row is locked so two tabs cannot both decide (a conflict must win).
    const [previous] = await tx.$queryRaw<{ conflict: boolean }[]>`
      SELECT conflict FROM "ConflictDeclaration" WHERE "memberId" = ${member.id} AND "offerId" = ${input.offerId} FOR UPDATE`;
    const refusal = declarationRefusal(previous ?? null, input.conflict, tie);
    if (refusal) throw new RuleRefusal<DeclareRefusal>(refusal);
    if (previous && previous.conflict === input.conflict) return;
    const now = await databaseNow(tx);
    if (!previous) {
      await tx.conflictDeclaration.create({
        data: {
          memberId: member.id,
          offerId: input.offerId,
          declaredAt: now,
          conflict: input.conflict,
          conflictDeclaredAt: input.conflict ? now : null,
          statementVersion: DECLARATION_STATEMENT.version,
        },
      });
      return;
    }
    await tx.conflictDeclaration.update({
      where: { memberId_offerId: { memberId: member.id, offerId: input.offerId } },
      data: { conflict: true, conflictDeclaredAt: now },
    });
    await tx.evaluationCard.updateMany({
      where: { memberId: member.id, offerId: input.offerId, status: { not: "VOID" } },
      data: { status: "VOID", voidedAt: now },
    });
  });
  return { conflict: input.conflict };
}
