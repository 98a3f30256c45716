// The open competitions' and small grants' part of "My matters" (issue 25):
// one indexed query per kind, at most a screenful each, as in queries.ts.
import "server-only";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { MATTERS_PER_KIND, officeIds } from "@/lib/matters/queries";

/** The person's offices in which the permission holds (its two-factor rule included). */
export const officesWith = (actor: Actor, permission: Permission) =>
  officeIds(actor).filter((institutionId) => can(actor, permission, { institutionId }));

/**
 * Drafts the person's organisations lead in competitions still taking offers
 * (through the offers' lead index), soonest deadline first. A co-applicant's
 * organisation is not listed: the lead submits.
 */
export async function offerDrafts(actor: Actor, now: Date) {
  const organisationIds = actor.organisations.map((m) => m.organisationId);
  if (organisationIds.length === 0) return [];
  const rows = await db().offer.findMany({
    where: {
      leadOrganisationId: { in: organisationIds },
      status: "DRAFT",
      competition: { status: "PUBLISHED", offersDeadline: { gt: now } },
    },
    select: {
      id: true,
      title: true,
      leadOrganisationId: true,
      competition: { select: { title: true, offersDeadline: true } },
    },
    orderBy: [{ competition: { offersDeadline: "asc" } }, { id: "asc" }],
    take: MATTERS_PER_KIND,
  });
  return rows.flatMap(({ competition, ...offer }) =>
    competition
      ? [
          {
            id: offer.id,
            organisationId: offer.leadOrganisationId,
            title: offer.title || competition.title,
            deadline: competition.offersDeadline,
          },
        ]
      : [],
  );
}

/**
 * Submitted offers the person's organisations lead whose competition asks for
 * a signed confirmation and whose current version has none uploaded or
 * accepted: none yet, or only rejected ones.
 */
export async function confirmationsMissing(actor: Actor) {
  const organisationIds = actor.organisations.map((m) => m.organisationId);
  if (organisationIds.length === 0) return [];
  const rows = await db().offer.findMany({
    where: {
      leadOrganisationId: { in: organisationIds },
      status: "SUBMITTED",
      competition: { confirmationRequired: true },
      currentVersion: { confirmations: { none: { status: { in: ["UPLOADED", "ACCEPTED"] } } } },
    },
    select: {
      id: true,
      title: true,
      leadOrganisationId: true,
      competition: { select: { title: true, confirmationDueAt: true } },
      currentVersion: { select: { confirmations: { where: { status: "REJECTED" }, select: { id: true }, take: 1 } } },
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: MATTERS_PER_KIND,
  });
  return rows.map((offer) => ({
    id: offer.id,
    organisationId: offer.leadOrganisationId,
    title: offer.title || offer.competition?.title || "",
    deadline: offer.competition?.confirmationDueAt ?? null,
    rejected: (offer.currentVersion?.confirmations.length ?? 0) > 0,
  }));
}

/** For officials who manage competitions: their offices' competitions with questions waiting for an answer. */
export async function questionsToAnswer(institutionIds: string[]) {
  if (institutionIds.length === 0) return [];
  const pending = { status: "PENDING" as const };
  const rows = await db().competition.findMany({
    where: { institutionId: { in: institutionIds }, status: { not: "DRAFT" }, questions: { some: pending } },
    select: {
      institutionId: true,
      slug: true,
      title: true,
      offersDeadline: true,
      _count: { select: { questions: { where: pending } } },
    },
    orderBy: [{ offersDeadline: "asc" }, { id: "asc" }],
    take: MATTERS_PER_KIND,
  });
  return rows.map(({ _count, ...row }) => ({ ...row, count: _count.questions }));
}

/**
 * For officials who decide confirmations: submitted offers to their offices
 * whose current version has a signed confirmation waiting for a decision, and
 * which the office may see now (after the deadline, unless the competition
 * shows offers at once: lib/offers/confirmations/policy.ts).
 */
export async function confirmationsToDecide(institutionIds: string[], now?: Date) {
  if (institutionIds.length === 0) return [];
  // By the database's clock, as the office's offer pages decide (L5): a fast web host must not name offers early.
  const at = now ?? (await databaseNow());
  const rows = await db().offer.findMany({
    where: {
      institutionId: { in: institutionIds },
      template: "FULL_2018",
      status: "SUBMITTED",
      competition: { OR: [{ officeSeesOffersAfterDeadline: false }, { offersDeadline: { lte: at } }] },
      currentVersion: { confirmations: { some: { status: "UPLOADED" } } },
    },
    select: {
      id: true,
      institutionId: true,
      title: true,
      leadOrganisation: { select: { name: true } },
      competition: { select: { slug: true, title: true } },
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: MATTERS_PER_KIND,
  });
  return rows.flatMap(({ competition, ...offer }) =>
    competition
      ? [
          {
            id: offer.id,
            institutionId: offer.institutionId,
            slug: competition.slug,
            title: `${offer.leadOrganisation.name}: ${offer.title || competition.title}`,
          },
        ]
      : [],
  );
}

/**
 * For officials who manage small grants: their offices' published cases not
 * yet decided, with how many remarks wait for an answer. One query serves two
 * kinds: remarks to answer, and cases whose remark window has ended (to decide).
 */
export async function smallGrantsOpen(institutionIds: string[], now: Date) {
  if (institutionIds.length === 0) return [];
  const unanswered = { state: "SUBMITTED" as const, answeredAt: null };
  const rows = await db().smallGrantCase.findMany({
    where: { stage: { in: ["PUBLISHED", "REMARKS_CLOSED"] }, offer: { institutionId: { in: institutionIds } } },
    select: {
      id: true,
      remarksUntil: true,
      offer: { select: { title: true, institutionId: true, leadOrganisation: { select: { name: true } } } },
      _count: { select: { remarks: { where: unanswered } } },
    },
    orderBy: [{ remarksUntil: "asc" }, { id: "asc" }],
    take: MATTERS_PER_KIND,
  });
  return rows.map((row) => ({
    id: row.id,
    institutionId: row.offer.institutionId,
    title: `${row.offer.leadOrganisation.name}: ${row.offer.title}`,
    remarksUntil: row.remarksUntil,
    unanswered: row._count.remarks,
    decidable: row.remarksUntil !== null && row.remarksUntil <= now,
  }));
}
