// Appointing, changing and removing members (permission
// competitions.appointCommission). Officials come from the office's own
// accounts; nominees from the competition's call, never one of an organisation
// taking part (L4, refused with NOMINEE_EXCLUDED); experts (advisory vote, L5)
// by name and address. One chair at a time (a partial unique index backs the
// check). A removal keeps the row with its reason, for the protocol.
import "server-only";
import type { z } from "zod";
import { openCommission } from "@/lib/competitions/commission/appoint";
import { nomineeExclusion } from "@/lib/competitions/commission/exclusion";
import { newInvitation, sendInvitation } from "@/lib/competitions/commission/invitations";
import { competitionApplicants } from "@/lib/competitions/commission/queries";
import type { addMemberSchema, changeRoleSchema, removeMemberSchema } from "@/lib/competitions/commission/schemas";
import { competitionSubject } from "@/lib/competitions/notification-links";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { uniqueViolationFields } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { CommissionOrigin, CommissionRole } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type MemberRefusal =
  | "COMMISSION_CLOSED"
  | "NOMINEE_EXCLUDED"
  | "NOT_AN_OFFICIAL"
  | "ALREADY_MEMBER"
  | "CHAIR_TAKEN"
  | "ROLE_HAS_CARDS"
  | "ALREADY_ACCEPTED";

type Tx = Prisma.TransactionClient;

const memberFacts = {
  id: true,
  name: true,
  email: true,
  role: true,
  commission: {
    select: {
      id: true,
      competitionId: true,
      competition: { select: { slug: true, title: true, institution: { select: { name: true, officeName: true } } } },
    },
  },
} as const;

/** Who the input names, with the name and address the invitation goes to. */
async function appointee(tx: Tx, input: z.output<typeof addMemberSchema>) {
  const competition = await tx.competition.findUniqueOrThrow({
    where: { id: input.competitionId },
    select: { institutionId: true, commissionCall: { select: { id: true } } },
  });
  if (input.origin === "OFFICE") {
    const official = await tx.institutionMembership.findUnique({
      where: { userId_institutionId: { userId: input.userId, institutionId: competition.institutionId } },
      select: { user: { select: { id: true, name: true, email: true, deletedAt: true } } },
    });
    if (!official || official.user.deletedAt) throw new RuleRefusal<MemberRefusal>("NOT_AN_OFFICIAL");
    return { name: official.user.name, email: official.user.email, userId: official.user.id, nominationId: null };
  }
  if (input.origin === "NGO_NOMINEE") {
    const nomination = await tx.commissionNomination.findUnique({
      where: { id: input.nominationId },
      select: { callId: true, withdrawnAt: true, organisationId: true, nomineeName: true, nomineeEmail: true },
    });
    if (!nomination || nomination.withdrawnAt || nomination.callId !== competition.commissionCall?.id)
      throw new AppError("NOT_FOUND", `nomination ${input.nominationId}`);
    if (nomineeExclusion(nomination.organisationId, await competitionApplicants(input.competitionId, tx)))
      throw new RuleRefusal<MemberRefusal>("NOMINEE_EXCLUDED");
    return {
      name: nomination.nomineeName,
      email: nomination.nomineeEmail,
      userId: null,
      nominationId: input.nominationId,
    };
  }
  return { name: input.name, email: input.email, userId: null, nominationId: null };
}

async function refuseSecondChair(tx: Tx, commissionId: string, role: CommissionRole, exceptId?: string) {
  if (role !== "CHAIR") return;
  const chair = await tx.commissionMember.count({
    where: { commissionId, role: "CHAIR", removedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
  if (chair > 0) throw new RuleRefusal<MemberRefusal>("CHAIR_TAKEN");
}

/** A unique index refused the write: a second chair, or the same person or nominee twice. */
function refusalOfDuplicate(error: unknown): never {
  const fields = uniqueViolationFields(error);
  if (fields)
    throw new RuleRefusal<MemberRefusal>(fields.join("_").includes("chair") ? "CHAIR_TAKEN" : "ALREADY_MEMBER");
  throw error;
}

export async function addMember(actorId: string, input: z.output<typeof addMemberSchema>): Promise<{ id: string }> {
  const added = await db()
    .$transaction(async (tx) => {
      const commission = await openCommission(tx, input.competitionId);
      const person = await appointee(tx, input);
      const duplicate = await tx.commissionMember.count({
        where: { commissionId: commission.id, removedAt: null, email: { equals: person.email, mode: "insensitive" } },
      });
      if (duplicate > 0) throw new RuleRefusal<MemberRefusal>("ALREADY_MEMBER");
      await refuseSecondChair(tx, commission.id, input.role);
      const now = await databaseNow(tx);
      const invitation = newInvitation(now);
      const member = await tx.commissionMember.create({
        data: {
          commissionId: commission.id,
          name: person.name,
          email: person.email,
          role: input.role,
          origin: input.origin as CommissionOrigin,
          nominationId: person.nominationId,
          // An official's seat is bound to their account now: only it may accept the invitation.
          userId: person.userId,
          invitedAt: now,
          ...invitation.data,
        },
        select: memberFacts,
      });
      // An official already has the account the seat will be theirs under: they are told in the platform too.
      if (person.userId) {
        await notify(
          {
            type: "commission.invited",
            subject: competitionSubject({ id: input.competitionId, ...member.commission.competition }),
            actor: { userId: actorId },
            audience: { users: [person.userId] },
          },
          tx,
        );
      }
      return { member, invitation };
    })
    .catch(refusalOfDuplicate);
  await dispatchNotifications();
  await mailInvitation(added.member, added.invitation);
  return { id: added.member.id };
}

async function mailInvitation(
  member: Prisma.CommissionMemberGetPayload<{ select: typeof memberFacts }>,
  invitation: ReturnType<typeof newInvitation>,
) {
  const { competition } = member.commission;
  await sendInvitation({
    email: member.email,
    name: member.name,
    role: member.role,
    competition: { slug: competition.slug, title: competition.title },
    institution: competition.institution.officeName ?? competition.institution.name,
    token: invitation.token,
    expiresAt: invitation.data.inviteExpiresAt,
  });
}

/** A new link for a member who has not accepted yet (the old one stops working). */
export async function resendInvitation(memberId: string): Promise<void> {
  const renewed = await db().$transaction(async (tx) => {
    const found = await tx.commissionMember.findUniqueOrThrow({
      where: { id: memberId },
      select: { acceptedAt: true, removedAt: true, commission: { select: { competitionId: true } } },
    });
    await openCommission(tx, found.commission.competitionId);
    if (found.removedAt) throw new AppError("NOT_FOUND", `member ${memberId}`);
    if (found.acceptedAt) throw new RuleRefusal<MemberRefusal>("ALREADY_ACCEPTED");
    const invitation = newInvitation(await databaseNow(tx));
    const member = await tx.commissionMember.update({
      where: { id: memberId },
      data: { ...invitation.data, invitedAt: await databaseNow(tx) },
      select: memberFacts,
    });
    return { member, invitation };
  });
  await mailInvitation(renewed.member, renewed.invitation);
}

/** A new role; refused for a member who already filled cards (an expert's cards are advisory from the start). */
export async function changeRole(input: z.output<typeof changeRoleSchema>): Promise<void> {
  await db()
    .$transaction(async (tx) => {
      const found = await tx.commissionMember.findUniqueOrThrow({
        where: { id: input.memberId },
        select: { removedAt: true, commissionId: true, commission: { select: { competitionId: true } } },
      });
      await openCommission(tx, found.commission.competitionId);
      if (found.removedAt) throw new AppError("NOT_FOUND", `member ${input.memberId}`);
      if ((await tx.evaluationCard.count({ where: { memberId: input.memberId } })) > 0)
        throw new RuleRefusal<MemberRefusal>("ROLE_HAS_CARDS");
      await refuseSecondChair(tx, found.commissionId, input.role, input.memberId);
      await tx.commissionMember.update({ where: { id: input.memberId }, data: { role: input.role } });
    })
    .catch(refusalOfDuplicate);
}

/**
 * Removal with its reason: the member's access ends at once; their rows stay
 * for the protocol, but their cards are voided, so a vote the office disowned
 * no longer counts in the ranking (it counts submitted cards only).
 */
export async function removeMember(input: z.output<typeof removeMemberSchema>): Promise<void> {
  await db().$transaction(async (tx) => {
    const found = await tx.commissionMember.findUniqueOrThrow({
      where: { id: input.memberId },
      select: { removedAt: true, commission: { select: { competitionId: true } } },
    });
    await openCommission(tx, found.commission.competitionId);
    if (found.removedAt) throw new AppError("NOT_FOUND", `member ${input.memberId}`);
    const now = await databaseNow(tx);
    await tx.commissionMember.update({
      where: { id: input.memberId },
      data: { removedAt: now, removalReason: input.reason, inviteTokenHash: null },
    });
    await tx.evaluationCard.updateMany({
      where: { memberId: input.memberId, status: { not: "VOID" } },
      data: { status: "VOID", voidedAt: now },
    });
  });
}
