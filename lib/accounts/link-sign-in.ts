// Signing in with the one-time token that confirming an address hands the
// browser (lib/accounts/verify-email.ts). The token is never mailed: only the
// browser that pressed the confirmation button holds it, for a few minutes.
import { deviceOf, SignInError } from "@/lib/accounts/authenticate";
import { consumeAccountToken } from "@/lib/accounts/tokens";
import { recordAuditEvent } from "@/lib/audit/record";
import { platformRoleRequiresTwoFactor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function signInWithLinkToken(
  token: string,
  context: { ip: string | null; userAgent?: string | null },
): Promise<{ id: string; sessionVersion: number }> {
  try {
    return await db().$transaction(async (tx) => {
      const userId = await consumeAccountToken(token, "SIGN_IN", tx);
      const user = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: {
          id: true,
          sessionVersion: true,
          emailVerifiedAt: true,
          blockedAt: true,
          deletedAt: true,
          totpEnabledAt: true,
          platformRole: true,
        },
      });
      if (user.blockedAt || user.deletedAt) throw new SignInError("BLOCKED");
      if (!user.emailVerifiedAt) throw new SignInError("EMAIL_NOT_VERIFIED");
      // Switched on since the token was issued, or an administrator or moderator: the code is needed, so the usual sign-in.
      if (user.totpEnabledAt || platformRoleRequiresTwoFactor(user.platformRole))
        throw new SignInError("TWO_FACTOR_REQUIRED");
      await recordAuditEvent(
        {
          action: "account.signed_in",
          actorUserId: user.id,
          ipAddress: context.ip,
          details: { device: deviceOf(context.userAgent), via: "email_confirmation" },
        },
        tx,
      );
      return { id: user.id, sessionVersion: user.sessionVersion };
    });
  } catch (error) {
    // Used, expired or unknown: said as a failed sign-in, like a wrong password.
    if (error instanceof AppError && error.code.startsWith("LINK_")) throw new SignInError("INVALID_CREDENTIALS");
    throw error;
  }
}
