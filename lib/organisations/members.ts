// Roles within an organisation. Every change runs with the organisation's row
// locked, so two owners demoting each other at once cannot leave it without
// an owner: the second change sees the first and is refused.
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

interface Context {
  actorId: string;
  ip: string | null;
  /** Whether the actor acts as the organisation's owner (not as a platform administrator). */
  asMember: boolean;
}

async function lockedMembership(tx: Prisma.TransactionClient, organisationId: string, userId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Organisation" WHERE "id" = ${organisationId} FOR UPDATE`;
  const membership = await tx.organisationMembership.findUnique({
    where: { userId_organisationId: { userId, organisationId } },
  });
  if (!membership) throw new AppError("NOT_FOUND", "not a member");
  return membership;
}

async function ensureAnotherOwner(tx: Prisma.TransactionClient, organisationId: string): Promise<void> {
  const owners = await tx.organisationMembership.count({ where: { organisationId, role: "OWNER" } });
  if (owners <= 1) throw new AppError("CONFLICT", "an organisation keeps at least one owner");
}

export async function changeMemberRole(
  organisationId: string,
  userId: string,
  role: OrganisationRole,
  context: Context,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const membership = await lockedMembership(tx, organisationId, userId);
    if (membership.role === role) return;
    if (membership.role === "OWNER") await ensureAnotherOwner(tx, organisationId);
    await tx.organisationMembership.update({
      where: { userId_organisationId: { userId, organisationId } },
      data: { role },
    });
    await recordAuditEvent(
      {
        action: "organisation.member_role_changed",
        actorUserId: context.actorId,
        actingForOrganisationId: context.asMember ? organisationId : null,
        subjectType: "User",
        subjectId: userId,
        ipAddress: context.ip,
        details: { organisationId, from: membership.role, to: role },
      },
      tx,
    );
  });
}

/** An owner removes someone, or a member leaves (userId is then the actor). */
export async function removeMember(organisationId: string, userId: string, context: Context): Promise<void> {
  const leaving = userId === context.actorId;
  await db().$transaction(async (tx) => {
    const membership = await lockedMembership(tx, organisationId, userId);
    if (membership.role === "OWNER") await ensureAnotherOwner(tx, organisationId);
    await tx.organisationMembership.delete({ where: { userId_organisationId: { userId, organisationId } } });
    await recordAuditEvent(
      {
        action: leaving ? "organisation.member_left" : "organisation.member_removed",
        actorUserId: context.actorId,
        actingForOrganisationId: context.asMember || leaving ? organisationId : null,
        subjectType: "User",
        subjectId: userId,
        ipAddress: context.ip,
        details: { organisationId, role: membership.role },
      },
      tx,
    );
  });
}
