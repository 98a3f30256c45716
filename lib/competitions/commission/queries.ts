// What the commission's pages read, and the scopes its actions check: the
// office's (institution of the competition) and the member's (their seat,
// lib/competitions/commission/scope.ts). Pages are personal, never cached.
import "server-only";
import { can, needsTwoFactorFor, type Actor } from "@/lib/auth/permissions";
import { applicantsOf, nomineeExclusion, type ApplicantRole } from "@/lib/competitions/commission/exclusion";
import { meetingsOf } from "@/lib/competitions/commission/meetings";
import { commissionScope } from "@/lib/competitions/commission/scope";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Pick<Prisma.TransactionClient, "offer">;

/** Organisations taking part in the competition (L4): leads and accepted co-applicants of submitted offers. */
export async function competitionApplicants(competitionId: string, client: Client = db()) {
  const offers = await client.offer.findMany({
    where: { competitionId, status: "SUBMITTED" },
    select: {
      status: true,
      leadOrganisationId: true,
      coApplicants: { select: { organisationId: true, acceptedAt: true } },
    },
  });
  return applicantsOf(offers);
}

/** The office a competition belongs to: the scope of competitions.appointCommission. */
export async function competitionInstitutionScope(input: { competitionId: string }) {
  const competition = await db().competition.findUnique({
    where: { id: input.competitionId },
    select: { institutionId: true, status: true },
  });
  return competition && competition.status !== "DRAFT" ? { institutionId: competition.institutionId } : null;
}

/** The office of the commission a member sits on. */
export async function memberInstitutionScope(input: { memberId: string }) {
  const member = await db().commissionMember.findUnique({
    where: { id: input.memberId },
    select: { commission: { select: { competition: { select: { institutionId: true } } } } },
  });
  return member ? { institutionId: member.commission.competition.institutionId } : null;
}

const memberSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  origin: true,
  userId: true,
  invitedAt: true,
  inviteExpiresAt: true,
  acceptedAt: true,
  removedAt: true,
  removalReason: true,
  nomination: { select: { organisation: { select: { name: true } } } },
} as const;

/** The office's side of the commission page: members, who may still be appointed, the settings. */
async function officeSide(competition: { id: string; institutionId: string }, commissionId: string | null) {
  const [members, officials, nominations, applicants] = await Promise.all([
    commissionId
      ? db().commissionMember.findMany({
          where: { commissionId },
          select: memberSelect,
          orderBy: [{ removedAt: { sort: "desc", nulls: "first" } }, { invitedAt: "asc" }, { id: "asc" }],
        })
      : [],
    db().institutionMembership.findMany({
      where: { institutionId: competition.institutionId, user: { deletedAt: null } },
      select: { user: { select: { id: true, name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    db().commissionNomination.findMany({
      where: { call: { competitionId: competition.id }, withdrawnAt: null },
      select: { id: true, nomineeName: true, organisation: { select: { id: true, name: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    competitionApplicants(competition.id),
  ]);
  const active = members.filter((m) => !m.removedAt);
  const seatedEmails = new Set(active.map((m) => m.email.toLowerCase()));
  const appointedNominations = new Set(
    (commissionId
      ? await db().commissionMember.findMany({
          where: { commissionId, nominationId: { not: null } },
          select: { nominationId: true },
        })
      : []
    ).map((m) => m.nominationId),
  );
  return {
    members,
    /** Officials of the office not on the commission yet. */
    officials: officials.map((o) => o.user).filter((u) => !seatedEmails.has(u.email.toLowerCase())),
    nominations: nominations.map((n) => ({
      id: n.id,
      name: n.nomineeName,
      organisation: n.organisation.name,
      excluded: nomineeExclusion(n.organisation.id, applicants) satisfies ApplicantRole | null,
      appointed: appointedNominations.has(n.id),
    })),
    hasChair: active.some((m) => m.role === "CHAIR"),
  };
}

export type CommissionPageView = NonNullable<Awaited<ReturnType<typeof commissionPageView>>>;

/**
 * The commission page: the office's officials appoint; a member sees the
 * offers admitted to evaluation with their declaration and card. Null when the
 * reader is neither (the page answers not found). `twoFactor`: a member or
 * official who would see it with two-factor on (the page sends them to switch it on).
 */
export async function commissionPageView(slug: string, actor: Actor) {
  const competition = await db().competition.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      institutionId: true,
      offersDeadline: true,
      commission: {
        select: {
          id: true,
          status: true,
          appointedAt: true,
          actReference: true,
          divergenceThresholdBp: true,
          minVotingCards: true,
          passThresholdBp: true,
          quorum: true,
        },
      },
    },
  });
  if (!competition || competition.status === "DRAFT") return null;
  const office = { institutionId: competition.institutionId };
  const seat = await commissionScope(competition.id, actor);
  const manages = can(actor, "competitions.appointCommission", office);
  const member = seat !== null && can(actor, "commission.view", seat);
  const twoFactor =
    (!manages && needsTwoFactorFor(actor, "competitions.appointCommission", office)) ||
    (seat !== null && !member && needsTwoFactorFor(actor, "commission.view", seat));
  if (!manages && !member) return twoFactor ? { twoFactor: true as const } : null;
  return {
    twoFactor: false as const,
    competition: { id: competition.id, slug: competition.slug, title: competition.title },
    commission: competition.commission,
    office: manages ? await officeSide(competition, competition.commission?.id ?? null) : null,
    seat:
      member && competition.commission
        ? {
            ...(await memberSide(competition.commission, actor, seat.commissionRole)),
            meetings: await meetingsOf(competition.commission.id),
            mayMinutes: can(actor, "commission.minutes", seat) && competition.commission.status !== "CLOSED",
          }
        : null,
  };
}

/** A member's list: the offers admitted to evaluation, each with what they declared and their card's state. */
async function memberSide(commission: { id: string; status: string }, actor: Actor, role: string) {
  const me = await db().commissionMember.findFirstOrThrow({
    where: { commissionId: commission.id, userId: actor.id, removedAt: null },
    select: { id: true, role: true },
  });
  const offers =
    commission.status === "FORMING"
      ? []
      : await db().offer.findMany({
          where: admittedOffersWhere(commission.id, role),
          select: {
            id: true,
            title: true,
            task: { select: { number: true, kindName: true } },
            leadOrganisation: { select: { name: true } },
            declarations: { where: { memberId: me.id }, select: { conflict: true, declaredAt: true } },
            evaluationCards: { where: { memberId: me.id }, select: { status: true, totalTenths: true } },
          },
          orderBy: [{ task: { number: "asc" } }, { submittedAt: "asc" }, { id: "asc" }],
        });
  return {
    memberId: me.id,
    role: me.role,
    offers: offers.map((offer) => ({
      id: offer.id,
      title: offer.title,
      task: offer.task ? `${offer.task.number}. ${offer.task.kindName}` : "",
      applicant: offer.leadOrganisation.name,
      declaration: offer.declarations[0] ?? null,
      card: offer.evaluationCards[0] ?? null,
    })),
  };
}

/**
 * Offers a member works on: submitted offers of the commission's competition
 * found formally complete; the secretary (who prepares the meetings) also
 * sees those still under formal review.
 */
export function admittedOffersWhere(commissionId: string, role: string): Prisma.OfferWhereInput {
  return {
    status: "SUBMITTED",
    competition: { commission: { id: commissionId } },
    formalReview: { status: role === "SECRETARY" ? { in: ["COMPLETE", "PENDING", "TO_CORRECT"] } : "COMPLETE" },
  };
}
