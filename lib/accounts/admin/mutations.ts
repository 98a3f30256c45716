// What platform administrators do to people's accounts. Every change is
// scoped to an existing, not deleted account; nobody changes their own role or
// blocks themselves, and the platform always keeps an administrator.
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PlatformRole } from "@/lib/generated/prisma/enums";

interface AdminContext {
  actorId: string;
  ip: string | null;
}

async function targetOf(userId: string, context: AdminContext) {
  if (userId === context.actorId)
    throw new AppError("FORBIDDEN", "administrators do not change their own account here");
  const user = await db().user.findFirst({
    where: { id: userId, deletedAt: null },
    select: { id: true, platformRole: true, blockedAt: true },
  });
  if (!user) throw new AppError("NOT_FOUND", `user ${userId}`);
  return user;
}

export async function setPlatformRole(userId: string, role: PlatformRole, context: AdminContext): Promise<void> {
  const user = await targetOf(userId, context);
  if (user.platformRole === role) return;
  await db().$transaction(async (tx) => {
    // Serialises role changes, so two demotions cannot both pass the check below.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('platform-roles'))`;
    if (user.platformRole === "ADMINISTRATOR") {
      const administrators = await tx.user.count({
        where: { platformRole: "ADMINISTRATOR", deletedAt: null, blockedAt: null },
      });
      if (administrators <= 1) throw new AppError("CONFLICT", "the last administrator stays");
    }
    await tx.user.update({ where: { id: userId }, data: { platformRole: role } });
    await recordAuditEvent(
      {
        action: "admin.role_changed",
        actorUserId: context.actorId,
        subjectType: "User",
        subjectId: userId,
        ipAddress: context.ip,
        details: { from: user.platformRole, to: role },
      },
      tx,
    );
  });
}

/** Blocks an account: it cannot sign in, and its sessions end at once. */
export async function blockUser(userId: string, reason: string, context: AdminContext): Promise<void> {
  const user = await targetOf(userId, context);
  if (user.blockedAt) return;
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { blockedAt: new Date(), sessionVersion: { increment: 1 } } });
    await recordAuditEvent(
      {
        action: "admin.user_blocked",
        actorUserId: context.actorId,
        subjectType: "User",
        subjectId: userId,
        ipAddress: context.ip,
        details: { reason },
      },
      tx,
    );
  });
}

export async function unblockUser(userId: string, context: AdminContext): Promise<void> {
  const user = await targetOf(userId, context);
  if (!user.blockedAt) return;
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { blockedAt: null } });
    await recordAuditEvent(
      {
        action: "admin.user_unblocked",
        actorUserId: context.actorId,
        subjectType: "User",
        subjectId: userId,
        ipAddress: context.ip,
      },
      tx,
    );
  });
}
