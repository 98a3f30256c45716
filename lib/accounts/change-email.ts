// Changing the account's address: confirmed by a link sent to the new
// address, with a notice to the old one, so a stolen session alone cannot
// quietly move the account to another mailbox. Whether the new address is
// already taken is never revealed to the requester.
import { localizedUrl } from "@/lib/accounts/links";
import { verifyPassword } from "@/lib/accounts/password";
import { consumeAccountTokenRow, issueAccountToken } from "@/lib/accounts/tokens";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { addressInUseMail, confirmEmailChangeMail, emailChangeRequestedMail } from "@/lib/mail/templates";
import { sendMail } from "@/lib/mail/transport";
import { consumeRateLimits } from "@/lib/security/rate-limit";
import { pickLocalized } from "@/lib/settings/localized";

export const CHANGE_EMAIL_VALID_HOURS = 24;

export type EmailChangeOutcome =
  | { ok: true }
  | { ok: false; field: "currentPassword" | "newEmail"; problem: "currentPasswordWrong" | "emailUnchanged" };

export async function requestEmailChange(
  userId: string,
  input: { newEmail: string; currentPassword: string },
  context: { ip: string | null },
): Promise<EmailChangeOutcome> {
  await consumeRateLimits([{ limit: { name: "email-change:user", limit: 5, windowSeconds: 3600 }, subject: userId }]);
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, locale: true, passwordHash: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, field: "currentPassword", problem: "currentPasswordWrong" };
  }
  if (input.newEmail === user.email) return { ok: false, field: "newEmail", problem: "emailUnchanged" };

  const locale = isLocale(user.locale) ? user.locale : "pl";
  const settings = await db().instanceSettings.findUnique({ where: { id: 1 }, select: { platformName: true } });
  const platformName = settings ? pickLocalized(settings.platformName, locale) : "ngo-platform";
  const common = { locale, platformName, recipientName: user.name };

  const holder = await db().user.findUnique({ where: { email: input.newEmail }, select: { name: true } });
  if (holder) {
    await sendMail(addressInUseMail({ ...common, to: input.newEmail, recipientName: holder.name }));
    return { ok: true };
  }
  const token = await issueAccountToken(userId, "CHANGE_EMAIL", CHANGE_EMAIL_VALID_HOURS, db(), {
    newEmail: input.newEmail,
  });
  await recordAuditEvent({
    action: "account.email_change_requested",
    actorUserId: userId,
    subjectType: "User",
    subjectId: userId,
    ipAddress: context.ip,
    details: { to: input.newEmail },
  });
  await sendMail(
    confirmEmailChangeMail({
      ...common,
      to: input.newEmail,
      url: localizedUrl("/confirm-email", locale, { token }),
      validHours: CHANGE_EMAIL_VALID_HOURS,
    }),
  );
  await sendMail(emailChangeRequestedMail({ ...common, to: user.email, newEmail: input.newEmail }));
  return { ok: true };
}

export async function confirmEmailChange(token: string, context: { ip: string | null }): Promise<void> {
  await db().$transaction(async (tx) => {
    const { userId, newEmail } = await consumeAccountTokenRow(token, "CHANGE_EMAIL", tx);
    if (!newEmail) throw new AppError("LINK_INVALID", "CHANGE_EMAIL token without an address");
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    // Another account may have taken the address since the link was sent.
    if (await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } }))
      throw new AppError("CONFLICT", "address taken meanwhile");
    await tx.user.update({ where: { id: userId }, data: { email: newEmail, emailVerifiedAt: new Date() } });
    await recordAuditEvent(
      {
        action: "account.email_changed",
        actorUserId: userId,
        subjectType: "User",
        subjectId: userId,
        ipAddress: context.ip,
        details: { from: before.email, to: newEmail },
      },
      tx,
    );
  });
}
