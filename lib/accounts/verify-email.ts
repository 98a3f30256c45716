import { issueAccountToken, consumeAccountToken } from "@/lib/accounts/tokens";
import { recordAuditEvent } from "@/lib/audit/record";
import { platformRoleRequiresTwoFactor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** How long the browser that confirmed an address has to sign in with it. */
export const LINK_SIGN_IN_MINUTES = 10;

/**
 * Confirms the address behind a verification link; the link works once.
 * Returns a one-time sign-in token for the browser that pressed the button
 * (issue 18: people had to sign in again straight after): following the link
 * proves control of the address, which is as much as a password reset asks.
 * An account with two-factor authentication, or a platform administrator's or moderator's,
 * gets none: its sign-in needs the second factor. Nor does a browser other than
 * the one that signed up (lib/accounts/sign-up-browser.ts), nor a link of an
 * address already confirmed.
 */
export async function verifyEmail(
  token: string,
  context: { ip: string | null; fromSigningUpBrowser?: boolean },
): Promise<{ email: string; signInToken: string | null }> {
  return db().$transaction(async (tx) => {
    const userId = await consumeAccountToken(token, "VERIFY_EMAIL", tx);
    // Only the first confirmation: an older link of the same account confirms nothing more and signs no one in.
    const first =
      (
        await tx.user.updateMany({
          where: { id: userId, emailVerifiedAt: null },
          data: { emailVerifiedAt: new Date() },
        })
      ).count === 1;
    await tx.accountToken.deleteMany({ where: { userId, purpose: "VERIFY_EMAIL", usedAt: null } });
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, platformRole: true, totpEnabledAt: true, blockedAt: true, deletedAt: true },
    });
    if (first)
      await recordAuditEvent(
        {
          action: "account.email_verified",
          actorUserId: userId,
          subjectType: "User",
          subjectId: userId,
          ipAddress: context.ip,
        },
        tx,
      );
    const mayUseLink =
      first &&
      context.fromSigningUpBrowser === true &&
      !user.totpEnabledAt &&
      !platformRoleRequiresTwoFactor(user.platformRole) &&
      !user.blockedAt &&
      !user.deletedAt;
    return {
      email: user.email,
      signInToken: mayUseLink ? await issueAccountToken(userId, "SIGN_IN", LINK_SIGN_IN_MINUTES / 60, tx) : null,
    };
  });
}
