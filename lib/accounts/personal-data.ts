// The person's rights under the GDPR: a copy of everything the platform holds
// about them (art. 15 and 20), and erasure (art. 17). Erasure removes personal
// data but keeps the account row, emptied, so that anything the person wrote
// in public stays attributed to "a person who deleted their account"
// (lib/accounts/erased-people.ts) or to the organisation they acted for. The
// audit log keeps only the account id. The consent records stay too: the
// controller must be able to show what was consented to and when (GDPR
// art. 7(1)) while claims can still be brought, that is until the end of the
// sixth year after the deletion (art. 118 of the Civil Code); the nightly
// clean-up then removes them (lib/jobs/maintenance.ts), as the privacy notice
// says.
import { verifyPassword } from "@/lib/accounts/password";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";

/** A nomination as its nominator or candidate sees it (no consent-link hash). */
const nominationExport = {
  election: { select: { id: true, title: true } },
  organisation: { select: { id: true, name: true } },
  candidateName: true,
  candidateEmail: true,
  statement: true,
  state: true,
  consentedAt: true,
  bioPublicationConsent: true,
  rejectionReason: true,
  withdrawnAt: true,
  createdAt: true,
} as const;

/** Consent records are kept until the end of the sixth year after the account's deletion (see above). */
export const CONSENT_RETENTION_YEARS = 6;

export async function exportPersonalData(userId: string) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      platformRole: true,
      emailVerifiedAt: true,
      totpEnabledAt: true,
      createdAt: true,
      updatedAt: true,
      organisationMemberships: {
        select: { role: true, createdAt: true, organisation: { select: { id: true, name: true } } },
      },
      institutionMemberships: {
        select: { role: true, createdAt: true, institution: { select: { id: true, name: true } } },
      },
      consents: { select: { kind: true, version: true, acceptedAt: true } },
      tokens: { select: { purpose: true, createdAt: true, expiresAt: true, usedAt: true, newEmail: true } },
      membershipRequests: {
        select: {
          status: true,
          message: true,
          decisionReason: true,
          createdAt: true,
          decidedAt: true,
          organisation: { select: { id: true, name: true } },
          institution: { select: { id: true, name: true } },
        },
      },
    },
  });
  const auditEvents = await db().auditEvent.findMany({
    where: { OR: [{ actorUserId: userId }, { subjectType: "User", subjectId: userId }] },
    orderBy: { occurredAt: "asc" },
    select: {
      occurredAt: true,
      action: true,
      ipAddress: true,
      details: true,
      actingForOrganisationId: true,
      actingForInstitutionId: true,
    },
  });
  const client = db();
  const [remarks, forumThreads, forumPosts, nominationsSubmitted, candidacies, itemSubscriptions, topicSubscriptions] =
    await Promise.all([
      client.remark.findMany({
        where: { authorId: userId },
        orderBy: { createdAt: "asc" },
        select: {
          consultationId: true,
          consultation: { select: { title: true } },
          organisation: { select: { id: true, name: true } },
          currentWording: true,
          proposedWording: true,
          justification: true,
          state: true,
          decision: true,
          decisionReason: true,
          createdAt: true,
          editedAt: true,
        },
      }),
      client.forumThread.findMany({
        where: { authorId: userId },
        orderBy: { createdAt: "asc" },
        select: { id: true, title: true, createdAt: true, organisation: { select: { id: true, name: true } } },
      }),
      client.forumPost.findMany({
        where: { authorId: userId },
        orderBy: { createdAt: "asc" },
        select: {
          thread: { select: { id: true, title: true } },
          number: true,
          body: true,
          createdAt: true,
          editedAt: true,
          deletedAt: true,
          hiddenAt: true,
          hiddenReason: true,
          organisation: { select: { id: true, name: true } },
        },
      }),
      client.nomination.findMany({
        where: { nominatedById: userId },
        orderBy: { createdAt: "asc" },
        select: nominationExport,
      }),
      client.nomination.findMany({
        where: { candidateUserId: userId },
        orderBy: { createdAt: "asc" },
        select: nominationExport,
      }),
      client.itemSubscription.findMany({
        where: { userId },
        orderBy: { createdAt: "asc" },
        select: { subjectType: true, subjectId: true, createdAt: true },
      }),
      client.topicSubscription.findMany({
        where: { userId },
        orderBy: { createdAt: "asc" },
        select: { sphereId: true, territoryCode: true, institutionId: true, createdAt: true },
      }),
    ]);
  const { tokens, ...account } = user;
  return {
    exportedAt: new Date().toISOString(),
    account,
    emailLinks: tokens,
    remarks,
    forumThreads,
    forumPosts,
    nominations: { submitted: nominationsSubmitted, asCandidate: candidacies },
    subscriptions: { items: itemSubscriptions, topics: topicSubscriptions },
    auditEvents,
  };
}

export type DeleteAccountOutcome =
  { ok: true } | { ok: false; problem: "currentPasswordWrong" | "soleOwner"; organisations?: string[] };

export async function deleteAccount(
  userId: string,
  currentPassword: string,
  context: { ip: string | null },
): Promise<DeleteAccountOutcome> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword)))
    return { ok: false, problem: "currentPasswordWrong" };

  return db().$transaction(async (tx) => {
    // An organisation always keeps an owner: the last one hands over first.
    const owned = await tx.organisationMembership.findMany({
      where: { userId, role: "OWNER" },
      select: {
        organisation: { select: { name: true, memberships: { where: { role: "OWNER" }, select: { userId: true } } } },
      },
    });
    const soleOwnerOf = owned.filter((m) => m.organisation.memberships.length === 1).map((m) => m.organisation.name);
    if (soleOwnerOf.length > 0) return { ok: false, problem: "soleOwner", organisations: soleOwnerOf } as const;

    await tx.organisationMembership.deleteMany({ where: { userId } });
    await tx.institutionMembership.deleteMany({ where: { userId } });
    await tx.accountToken.deleteMany({ where: { userId } });
    await tx.membershipRequest.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: `deleted-${userId}@deleted.invalid`,
        name: "",
        passwordHash: null,
        emailVerifiedAt: null,
        platformRole: "RESIDENT",
        totpSecret: null,
        totpPendingSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        deletedAt: new Date(),
        sessionVersion: { increment: 1 },
      },
    });
    await recordAuditEvent(
      { action: "account.deleted", actorUserId: userId, subjectType: "User", subjectId: userId, ipAddress: context.ip },
      tx,
    );
    return { ok: true } as const;
  });
}
