// Requests to join an organisation or to be recognised as an official of an
// institution, and their decision by the organisation's owners or the
// institution's administrators (or a platform administrator). A decision is a
// conditional update of a pending request, so two people deciding at once
// cannot both succeed: the second is told it was already decided.
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { uniqueViolationFields } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";

interface Context {
  actorId: string;
  ip: string | null;
}

export type RequestTarget = { organisationId: string } | { institutionId: string };

/** Creates a pending request; refuses members and a second pending request. */
export async function requestMembership(
  target: RequestTarget,
  message: string,
  context: Context,
): Promise<{ requestId: string }> {
  const member =
    "organisationId" in target
      ? await db().organisationMembership.findUnique({
          where: { userId_organisationId: { userId: context.actorId, organisationId: target.organisationId } },
        })
      : await db().institutionMembership.findUnique({
          where: { userId_institutionId: { userId: context.actorId, institutionId: target.institutionId } },
        });
  if (member) throw new AppError("CONFLICT", "already a member");
  try {
    return await db()
      .$transaction(async (tx) => {
        const request = await tx.membershipRequest.create({
          data: { userId: context.actorId, message, ...target },
          select: {
            id: true,
            user: { select: { name: true } },
            organisation: { select: { name: true, slug: true } },
            institution: { select: { name: true, officeName: true, slug: true } },
          },
        });
        await notify(
          request.organisation
            ? {
                type: "membership.requested",
                subject: {
                  type: "Organisation",
                  id: (target as { organisationId: string }).organisationId,
                  title: request.organisation.name,
                  link: { pathname: "/organisations/[slug]/members", params: { slug: request.organisation.slug } },
                },
                actor: { userId: context.actorId },
                audience: {
                  organisations: [{ id: (target as { organisationId: string }).organisationId, roles: ["OWNER"] }],
                },
                data: { name: request.user.name, kind: "organisation" },
              }
            : {
                type: "membership.requested",
                subject: {
                  type: "Institution",
                  id: (target as { institutionId: string }).institutionId,
                  title: request.institution!.officeName ?? request.institution!.name,
                  link: { pathname: "/institutions/[slug]/officials", params: { slug: request.institution!.slug } },
                },
                actor: { userId: context.actorId },
                // Most offices have no administrator on the platform yet: platform administrators hear too.
                audience: {
                  institutions: [{ id: (target as { institutionId: string }).institutionId, roles: ["ADMINISTRATOR"] }],
                  platformRoles: ["ADMINISTRATOR"],
                },
                data: { name: request.user.name, kind: "institution" },
              },
          tx,
        );
        await recordAuditEvent(
          {
            action: "membership.requested",
            actorUserId: context.actorId,
            subjectType: "MembershipRequest",
            subjectId: request.id,
            ipAddress: context.ip,
            details: { ...target },
          },
          tx,
        );
        return { requestId: request.id };
      })
      .finally(dispatchNotifications);
  } catch (error) {
    if (uniqueViolationFields(error)) throw new AppError("CONFLICT", "a request is already pending");
    throw error;
  }
}

/** The person who asked withdraws a pending request. */
export async function withdrawMembershipRequest(requestId: string, context: Context): Promise<void> {
  await db().$transaction(async (tx) => {
    const changed = await tx.membershipRequest.updateMany({
      where: { id: requestId, userId: context.actorId, status: "PENDING" },
      data: { status: "WITHDRAWN" },
    });
    if (changed.count === 0) throw new AppError("CONFLICT", "not a pending request of this person");
    await recordAuditEvent(
      {
        action: "membership.withdrawn",
        actorUserId: context.actorId,
        subjectType: "MembershipRequest",
        subjectId: requestId,
        ipAddress: context.ip,
      },
      tx,
    );
  });
}

/** Where a request points: used by the actions to scope the decider's permission. */
export async function membershipRequestScope(
  requestId: string,
): Promise<{ organisationId?: string; institutionId?: string } | null> {
  const request = await db().membershipRequest.findUnique({
    where: { id: requestId },
    select: { organisationId: true, institutionId: true },
  });
  if (!request) return null;
  return request.organisationId
    ? { organisationId: request.organisationId }
    : { institutionId: request.institutionId! };
}

export type Decision = { decision: "approve" } | { decision: "refuse"; reason: string };

/**
 * Approves (the person becomes a member, or an official) or refuses with a
 * reason; the person is notified (lib/notifications).
 */
export async function decideMembershipRequest(requestId: string, decision: Decision, context: Context): Promise<void> {
  const approved = decision.decision === "approve";
  await db().$transaction(async (tx) => {
    const [decided] = await tx.membershipRequest.updateManyAndReturn({
      where: { id: requestId, status: "PENDING" },
      data: {
        status: approved ? "APPROVED" : "REFUSED",
        decisionReason: approved ? null : decision.reason,
        decidedById: context.actorId,
        decidedAt: new Date(),
      },
      select: {
        id: true,
        userId: true,
        organisationId: true,
        institutionId: true,
        organisation: { select: { name: true, slug: true } },
        institution: { select: { name: true, officeName: true, slug: true } },
      },
    });
    if (!decided) throw new AppError("CONFLICT", "the request was already decided or withdrawn");
    await notify(
      {
        type: approved ? "membership.approved" : "membership.refused",
        subject: decided.organisation
          ? {
              type: "Organisation",
              id: decided.organisationId!,
              title: decided.organisation.name,
              link: { pathname: "/organisations/[slug]", params: { slug: decided.organisation.slug } },
            }
          : {
              type: "Institution",
              id: decided.institutionId!,
              title: decided.institution!.officeName ?? decided.institution!.name,
              link: { pathname: "/institutions/[slug]", params: { slug: decided.institution!.slug } },
            },
        actor: {
          userId: context.actorId,
          organisationId: decided.organisationId,
          institutionId: decided.institutionId,
        },
        audience: { users: [decided.userId] },
        data: {
          kind: decided.organisation ? "organisation" : "institution",
          ...(approved ? {} : { reason: decision.reason }),
        },
      },
      tx,
    );
    if (approved && decided.organisationId) {
      await tx.organisationMembership.upsert({
        where: { userId_organisationId: { userId: decided.userId, organisationId: decided.organisationId } },
        create: { userId: decided.userId, organisationId: decided.organisationId, role: "MEMBER" },
        update: {},
      });
    }
    if (approved && decided.institutionId) {
      await tx.institutionMembership.upsert({
        where: { userId_institutionId: { userId: decided.userId, institutionId: decided.institutionId } },
        create: { userId: decided.userId, institutionId: decided.institutionId, role: "OFFICIAL" },
        update: {},
      });
    }
    await recordAuditEvent(
      {
        action: approved ? "membership.approved" : "membership.refused",
        actorUserId: context.actorId,
        actingForOrganisationId: decided.organisationId,
        actingForInstitutionId: decided.institutionId,
        subjectType: "MembershipRequest",
        subjectId: decided.id,
        ipAddress: context.ip,
        details: { userId: decided.userId, reason: approved ? null : decision.reason },
      },
      tx,
    );
  });
  // The person hears of it through the notification service (at once by e-mail, by default).
  await dispatchNotifications();
}
