// Creating an account. The answer is the same whether or not the address is
// already registered, so nobody can probe for accounts: a new address gets a
// verification link; a registered, unverified one keeps its password and its
// owner gets a link that confirms the address and sets a new password (issue
// 19: neither sign-up may leave the other holding a password of an account the
// mailbox's owner then uses); a verified one gets a notice that someone tried
// to register with it.
import { hashPassword } from "@/lib/accounts/password";
import { passwordProblem, type PasswordProblem } from "@/lib/accounts/password-policy";
import { PRIVACY_VERSION, TERMS_VERSION } from "@/lib/accounts/consents";
import { issueAccountToken } from "@/lib/accounts/tokens";
import { localizedUrl, verificationUrl } from "@/lib/accounts/links";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { accountExistsMail, signUpRepeatedMail, verifyEmailMail } from "@/lib/mail/templates";
import { sendMail } from "@/lib/mail/transport";
import { consumeRateLimits, type RateLimit } from "@/lib/security/rate-limit";
import { pickLocalized } from "@/lib/settings/localized";

export const VERIFY_EMAIL_VALID_HOURS = 24;

export const signUpLimits = {
  perAddress: { name: "sign-up:ip", limit: 10, windowSeconds: 3600 } satisfies RateLimit,
  perEmail: { name: "verification-mail:email", limit: 5, windowSeconds: 3600 } satisfies RateLimit,
};

export interface SignUpData {
  name: string;
  email: string;
  password: string;
  locale: Locale;
}

/** `verifyToken`: the link just mailed, for the browser's proof (lib/accounts/sign-up-browser.ts); none when the address has an account already, confirmed or not. */
export type SignUpOutcome =
  { ok: true; verifyToken?: string } | { ok: false; field: "password"; problem: PasswordProblem };

export async function signUp(data: SignUpData, context: { ip: string | null }): Promise<SignUpOutcome> {
  await consumeRateLimits([
    { limit: signUpLimits.perAddress, subject: context.ip },
    { limit: signUpLimits.perEmail, subject: data.email },
  ]);
  const problem = passwordProblem(data.password, data);
  if (problem) return { ok: false, field: "password", problem };

  const platformName = await currentPlatformName(data.locale);
  const existing = await db().user.findUnique({
    where: { email: data.email },
    select: { id: true, name: true, locale: true, emailVerifiedAt: true },
  });
  if (existing?.emailVerifiedAt) {
    await sendMail(
      accountExistsMail({ to: data.email, locale: data.locale, platformName, recipientName: existing.name }),
    );
    return { ok: true };
  }

  if (existing) return signUpAgain(existing, data, context);

  const passwordHash = await hashPassword(data.password);
  const token = await db().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, passwordHash, locale: data.locale },
      select: { id: true },
    });
    await tx.consentRecord.createMany({
      data: [
        { userId: user.id, kind: "TERMS", version: TERMS_VERSION },
        { userId: user.id, kind: "PRIVACY", version: PRIVACY_VERSION },
      ],
    });
    await recordAuditEvent(
      {
        action: "account.signed_up",
        actorUserId: user.id,
        subjectType: "User",
        subjectId: user.id,
        ipAddress: context.ip,
      },
      tx,
    );
    return issueAccountToken(user.id, "VERIFY_EMAIL", VERIFY_EMAIL_VALID_HOURS, tx);
  });
  await sendMail(
    verifyEmailMail({
      to: data.email,
      locale: data.locale,
      platformName,
      recipientName: data.name,
      url: verificationUrl(token, data.locale),
      validHours: VERIFY_EMAIL_VALID_HOURS,
    }),
  );
  return { ok: true, verifyToken: token };
}

/**
 * A sign-up for an address whose account waits for confirmation. Nothing of
 * the account changes: the person who signs up again may not be the one who
 * reads the mailbox, and neither may the one who signed up first. So no
 * browser gets a proof (which would sign it in on confirming, into an account
 * whose password the first sign-up chose), and the mailbox's owner gets a link
 * that confirms the address only together with a new password
 * (lib/accounts/password-reset.ts resetPassword, which also voids every other
 * link and session): whoever reads the mailbox ends up the only one who knows
 * the password. The first sign-up's confirmation link dies here.
 */
async function signUpAgain(
  existing: { id: string; name: string; locale: string },
  data: SignUpData,
  context: { ip: string | null },
): Promise<SignUpOutcome> {
  const locale: Locale = isLocale(existing.locale) ? existing.locale : data.locale;
  const token = await db().$transaction(async (tx) => {
    await recordAuditEvent(
      {
        action: "account.sign_up_repeated",
        actorUserId: existing.id,
        subjectType: "User",
        subjectId: existing.id,
        ipAddress: context.ip,
      },
      tx,
    );
    await tx.accountToken.deleteMany({ where: { userId: existing.id, purpose: "VERIFY_EMAIL", usedAt: null } });
    // A reset-type link, valid as long as a confirmation link: it is the account's confirmation from now on.
    return issueAccountToken(existing.id, "RESET_PASSWORD", VERIFY_EMAIL_VALID_HOURS, tx);
  });
  await sendMail(
    signUpRepeatedMail({
      to: data.email,
      locale,
      platformName: await currentPlatformName(locale),
      recipientName: existing.name,
      url: localizedUrl("/reset-password", locale, { token }),
      validHours: VERIFY_EMAIL_VALID_HOURS,
    }),
  );
  return { ok: true };
}

async function currentPlatformName(locale: Locale): Promise<string> {
  const settings = await db().instanceSettings.findUnique({ where: { id: 1 }, select: { platformName: true } });
  return settings ? pickLocalized(settings.platformName, locale) : "ngo-platform";
}
