import { consumeAccountToken } from "@/lib/accounts/tokens";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";

/** Confirms the address behind a verification link; the link works once. */
export async function verifyEmail(token: string, context: { ip: string | null }): Promise<void> {
  await db().$transaction(async (tx) => {
    const userId = await consumeAccountToken(token, "VERIFY_EMAIL", tx);
    await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
    await recordAuditEvent({ action: "account.email_verified", actorUserId: userId, subjectType: "User", subjectId: userId, ipAddress: context.ip }, tx);
  });
}
