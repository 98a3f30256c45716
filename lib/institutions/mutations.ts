// An institution's people (officials and its administrators), and its office
// details, managed by the institution's administrators or a platform
// administrator.
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { InstitutionRole } from "@/lib/generated/prisma/enums";
import type { InstitutionOffice } from "@/lib/institutions/schemas";

interface Context {
  actorId: string;
  ip: string | null;
  asMember: boolean;
}

export async function changeOfficialRole(
  institutionId: string,
  userId: string,
  role: InstitutionRole,
  context: Context,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const membership = await tx.institutionMembership.findUnique({
      where: { userId_institutionId: { userId, institutionId } },
    });
    if (!membership) throw new AppError("NOT_FOUND", "not an official");
    if (membership.role === role) return;
    await tx.institutionMembership.update({
      where: { userId_institutionId: { userId, institutionId } },
      data: { role },
    });
    await recordAuditEvent(
      {
        action: "institution.member_role_changed",
        actorUserId: context.actorId,
        actingForInstitutionId: context.asMember ? institutionId : null,
        subjectType: "User",
        subjectId: userId,
        ipAddress: context.ip,
        details: { institutionId, from: membership.role, to: role },
      },
      tx,
    );
  });
}

export async function removeOfficial(institutionId: string, userId: string, context: Context): Promise<void> {
  await db().$transaction(async (tx) => {
    const removed = await tx.institutionMembership.deleteMany({ where: { userId, institutionId } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", "not an official");
    await recordAuditEvent(
      {
        action: "institution.member_removed",
        actorUserId: context.actorId,
        actingForInstitutionId: context.asMember ? institutionId : null,
        subjectType: "User",
        subjectId: userId,
        ipAddress: context.ip,
        details: { institutionId },
      },
      tx,
    );
  });
}

export async function editInstitutionOffice(
  institutionId: string,
  office: InstitutionOffice,
  context: Context,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const updated = await tx.institution.updateMany({ where: { id: institutionId }, data: office });
    if (updated.count === 0) throw new AppError("NOT_FOUND", institutionId);
    await recordAuditEvent(
      {
        action: "institution.edited",
        actorUserId: context.actorId,
        actingForInstitutionId: context.asMember ? institutionId : null,
        subjectType: "Institution",
        subjectId: institutionId,
        ipAddress: context.ip,
        details: { ...office },
      },
      tx,
    );
  });
}
