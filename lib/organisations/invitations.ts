// Owners invite people by e-mail. The link carries 32 random bytes; the
// database keeps their SHA-256. Only the account with the invited address can
// accept, once, before the link expires; a new invitation to the same address
// replaces the previous one.
import { randomBytes } from "node:crypto";
import { localizedUrl } from "@/lib/accounts/links";
import { hashToken } from "@/lib/security/token-hash";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { queueMail } from "@/lib/jobs/enqueue";
import { messagesFor } from "@/lib/i18n/messages";
import { organisationInvitationMail } from "@/lib/mail/templates";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { inspectInvitation } from "@/lib/organisations/queries";
import { consumeRateLimits, type RateLimit } from "@/lib/security/rate-limit";
import { platformNameIn } from "@/lib/settings/platform-name";

export const INVITATION_VALID_DAYS = 14;
export const invitationLimit: RateLimit = { name: "organisation-invitation:user", limit: 50, windowSeconds: 24 * 3600 };

interface Context {
  actorId: string;
  ip: string | null;
}

export type InviteOutcome = { ok: true } | { ok: false; field: "email"; problem: "alreadyMember" };

export async function inviteMember(
  organisationId: string,
  invite: { email: string; role: OrganisationRole; locale: Locale },
  context: Context,
): Promise<InviteOutcome> {
  await consumeRateLimits([{ limit: invitationLimit, subject: context.actorId }]);
  const member = await db().organisationMembership.findFirst({
    where: { organisationId, user: { email: invite.email } },
    select: { userId: true },
  });
  if (member) return { ok: false, field: "email", problem: "alreadyMember" };
  const token = randomBytes(32).toString("base64url");
  const { organisation, inviter } = await db().$transaction(async (tx) => {
    const now = new Date();
    await tx.organisationInvitation.updateMany({
      where: { organisationId, email: invite.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invitation = await tx.organisationInvitation.create({
      data: {
        organisationId,
        email: invite.email,
        role: invite.role,
        tokenHash: hashToken(token),
        invitedById: context.actorId,
        expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 3600_000),
      },
      select: { id: true, organisation: { select: { name: true } } },
    });
    await recordAuditEvent(
      {
        action: "organisation.invitation_sent",
        actorUserId: context.actorId,
        actingForOrganisationId: organisationId,
        subjectType: "OrganisationInvitation",
        subjectId: invitation.id,
        ipAddress: context.ip,
        details: { role: invite.role },
      },
      tx,
    );
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: context.actorId }, select: { name: true } });
    return { organisation: invitation.organisation, inviter };
  });
  const roleNames = messagesFor(invite.locale).account.organisationRoles as Record<OrganisationRole, string>;
  await queueMail(
    organisationInvitationMail({
      to: invite.email,
      locale: invite.locale,
      platformName: await platformNameIn(invite.locale),
      recipientName: invite.email,
      organisation: organisation.name,
      inviter: inviter.name,
      role: roleNames[invite.role],
      url: localizedUrl("/invitation", invite.locale, { token }),
      validDays: INVITATION_VALID_DAYS,
    }),
  );
  return { ok: true };
}

export async function revokeInvitation(invitationId: string, context: Context): Promise<void> {
  await db().$transaction(async (tx) => {
    const [revoked] = await tx.organisationInvitation.updateManyAndReturn({
      where: { id: invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
      select: { organisationId: true },
    });
    if (!revoked) throw new AppError("CONFLICT", "already accepted or revoked");
    await recordAuditEvent(
      {
        action: "organisation.invitation_revoked",
        actorUserId: context.actorId,
        actingForOrganisationId: revoked.organisationId,
        subjectType: "OrganisationInvitation",
        subjectId: invitationId,
        ipAddress: context.ip,
      },
      tx,
    );
  });
}

export async function invitationScope(invitationId: string): Promise<{ organisationId: string } | null> {
  return db().organisationInvitation.findUnique({ where: { id: invitationId }, select: { organisationId: true } });
}

/** The invited person accepts: the link is used up and they join with the invited role. */
export async function acceptInvitation(
  token: string,
  person: { id: string; email: string },
  context: { ip: string | null },
): Promise<{ slug: string }> {
  return db()
    .$transaction(async (tx) => {
      const [accepted] = await tx.organisationInvitation.updateManyAndReturn({
        where: {
          tokenHash: hashToken(token),
          email: person.email.toLowerCase(),
          acceptedAt: null,
          revokedAt: null,
          expiresAt: { gt: new Date() },
        },
        data: { acceptedAt: new Date(), acceptedById: person.id },
        select: { id: true, organisationId: true, role: true, organisation: { select: { slug: true, name: true } } },
      });
      if (!accepted) {
        const state = await inspectInvitation(token);
        if (state.state === "valid") throw new AppError("FORBIDDEN", "the invitation is for another address");
        throw new AppError(
          state.state === "used" ? "LINK_USED" : state.state === "expired" ? "LINK_EXPIRED" : "LINK_INVALID",
        );
      }
      const existing = await tx.organisationMembership.findUnique({
        where: { userId_organisationId: { userId: person.id, organisationId: accepted.organisationId } },
      });
      if (!existing) {
        await tx.organisationMembership.create({
          data: { userId: person.id, organisationId: accepted.organisationId, role: accepted.role },
        });
      }
      // A pending request to join is answered by the invitation.
      await tx.membershipRequest.updateMany({
        where: { userId: person.id, organisationId: accepted.organisationId, status: "PENDING" },
        data: { status: "APPROVED", decidedAt: new Date() },
      });
      await recordAuditEvent(
        {
          action: "organisation.invitation_accepted",
          actorUserId: person.id,
          subjectType: "OrganisationInvitation",
          subjectId: accepted.id,
          ipAddress: context.ip,
          details: { organisationId: accepted.organisationId, role: existing?.role ?? accepted.role },
        },
        tx,
      );
      const accepter = await tx.user.findUniqueOrThrow({ where: { id: person.id }, select: { name: true } });
      await notify(
        {
          type: "organisation.invitation_accepted",
          subject: {
            type: "Organisation",
            id: accepted.organisationId,
            title: accepted.organisation.name,
            link: { pathname: "/organisations/[slug]/members", params: { slug: accepted.organisation.slug } },
          },
          actor: { userId: person.id },
          audience: { organisations: [{ id: accepted.organisationId, roles: ["OWNER"] }] },
          data: { name: accepter.name },
        },
        tx,
      );
      return { slug: accepted.organisation.slug };
    })
    .finally(dispatchNotifications);
}
