// Forgotten passwords and password changes. Both end every session of the
// account (the session version moves on), as a stolen session must not
// survive the owner taking their account back.
import { hashPassword, verifyPassword } from "@/lib/accounts/password";
import { passwordProblem, type PasswordProblem } from "@/lib/accounts/password-policy";
import { localizedUrl } from "@/lib/accounts/links";
import { signInLimits } from "@/lib/accounts/sign-in-throttle";
import { consumeAccountToken, issueAccountToken } from "@/lib/accounts/tokens";
import { hashToken } from "@/lib/security/token-hash";
import { recordAuditEvent } from "@/lib/audit/record";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { notifySecurityChange } from "@/lib/notifications/security";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { resetPasswordMail } from "@/lib/mail/templates";
import { sendMail } from "@/lib/mail/transport";
import { clearRateLimit, consumeRateLimits, type RateLimit } from "@/lib/security/rate-limit";
import { pickLocalized } from "@/lib/settings/localized";

export const RESET_PASSWORD_VALID_HOURS = 1;

export const resetLimits = {
  perAddress: { name: "password-reset:ip", limit: 10, windowSeconds: 3600 } satisfies RateLimit,
  perEmail: { name: "password-reset:email", limit: 3, windowSeconds: 3600 } satisfies RateLimit,
};

/** Mails a reset link if the address belongs to an account; answers the same either way. */
export async function requestPasswordReset(
  email: string,
  locale: Locale,
  context: { ip: string | null },
): Promise<void> {
  await consumeRateLimits([
    { limit: resetLimits.perAddress, subject: context.ip },
    { limit: resetLimits.perEmail, subject: email },
  ]);
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, name: true, locale: true, blockedAt: true },
  });
  if (!user || user.blockedAt) return;
  const recipientLocale = isLocale(user.locale) ? user.locale : locale;
  const token = await issueAccountToken(user.id, "RESET_PASSWORD", RESET_PASSWORD_VALID_HOURS);
  const settings = await db().instanceSettings.findUnique({ where: { id: 1 }, select: { platformName: true } });
  await sendMail(
    resetPasswordMail({
      to: email,
      locale: recipientLocale,
      platformName: settings ? pickLocalized(settings.platformName, recipientLocale) : "ngo-platform",
      recipientName: user.name,
      url: localizedUrl("/reset-password", recipientLocale, { token }),
      validHours: RESET_PASSWORD_VALID_HOURS,
    }),
  );
}

export type PasswordOutcome = { ok: true } | { ok: false; problem: PasswordProblem };

/** Sets a new password from a reset link. A weak password does not use the link up. */
export async function resetPassword(
  token: string,
  password: string,
  context: { ip: string | null },
): Promise<PasswordOutcome> {
  const row = await db().accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, user: { select: { email: true, name: true } } },
  });
  if (row?.purpose === "RESET_PASSWORD") {
    const problem = passwordProblem(password, row.user);
    if (problem) return { ok: false, problem };
  }
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    const userId = await consumeAccountToken(token, "RESET_PASSWORD", tx);
    // Following the link proves the mailbox, so an unconfirmed address counts as confirmed now.
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, emailVerifiedAt: true },
    });
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
    });
    await voidAccountLinks(userId, tx);
    // Guesses at the old password no longer matter, and the owner (who has just proved the mailbox) must get in from wherever they are (lib/accounts/sign-in-throttle.ts).
    await clearRateLimit(signInLimits.perAccount, user.email, tx);
    await recordAuditEvent(
      {
        action: "account.password_reset",
        actorUserId: userId,
        subjectType: "User",
        subjectId: userId,
        ipAddress: context.ip,
      },
      tx,
    );
    await notifySecurityChange(userId, { type: "security.password_changed" }, tx);
  });
  await dispatchNotifications();
  return { ok: true };
}

/**
 * Once a password is set anew, no other reset link may set it again: a link
 * still lying in a mailbox, or in someone else's hands, would undo the
 * owner's reset. Expired rather than deleted, so following one says so.
 */
async function voidResetLinks(userId: string, tx: Prisma.TransactionClient): Promise<void> {
  await tx.accountToken.updateMany({
    where: { userId, purpose: "RESET_PASSWORD", usedAt: null, expiresAt: { gt: new Date() } },
    data: { expiresAt: new Date() },
  });
}

/**
 * A reset proves the mailbox and takes the account back (issue 19 review: a
 * sign-up made by someone else, lib/accounts/sign-up.ts signUpAgain), so
 * every other link of the account dies with the sessions: reset links as
 * above, confirmation links, a browser's pending link sign-in, and an address
 * change a session asked for.
 */
async function voidAccountLinks(userId: string, tx: Prisma.TransactionClient): Promise<void> {
  await tx.accountToken.updateMany({
    where: { userId, usedAt: null, expiresAt: { gt: new Date() } },
    data: { expiresAt: new Date() },
  });
}

/** Changes the password of a signed-in person, who proves it with the current one. */
export async function changePassword(
  userId: string,
  input: { currentPassword: string; newPassword: string },
  context: { ip: string | null },
): Promise<PasswordOutcome | { ok: false; problem: "currentPasswordWrong" }> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, passwordHash: true },
  });
  await consumeRateLimits([
    { limit: { name: "password-change:user", limit: 10, windowSeconds: 900 }, subject: userId },
  ]);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, problem: "currentPasswordWrong" };
  }
  const problem = passwordProblem(input.newPassword, user);
  if (problem) return { ok: false, problem };
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: userId, passwordHash: user.passwordHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    // Someone changed it in between: do not overwrite their change.
    if (updated.count !== 1) throw new AppError("CONFLICT", "password changed concurrently");
    await voidResetLinks(userId, tx);
    await recordAuditEvent(
      {
        action: "account.password_changed",
        actorUserId: userId,
        subjectType: "User",
        subjectId: userId,
        ipAddress: context.ip,
      },
      tx,
    );
    await notifySecurityChange(userId, { type: "security.password_changed" }, tx);
  });
  await dispatchNotifications();
  return { ok: true };
}
