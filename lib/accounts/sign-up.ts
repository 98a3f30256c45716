// Creating an account. The answer is the same whether or not the address is
// already registered, so nobody can probe for accounts: a new address gets a
// verification link; a registered, unverified one gets a notice with a fresh
// link and keeps its password (issue 19: whoever signed up again could set the
// password of an account the owner then confirmed); a verified one gets a
// notice that someone tried to register with it.
import { hashPassword } from "@/lib/accounts/password";
import { passwordProblem, type PasswordProblem } from "@/lib/accounts/password-policy";
import { PRIVACY_VERSION, TERMS_VERSION } from "@/lib/accounts/consents";
import { issueAccountToken } from "@/lib/accounts/tokens";
import { verificationUrl } from "@/lib/accounts/links";
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

/** `verifyToken`: the link just mailed, for the browser's proof (lib/accounts/sign-up-browser.ts); none when the address has an account already. */
export type SignUpOutcome = { ok: true; verifyToken?: string } | { ok: false; field: "password"; problem: PasswordProblem };

export async function signUp(data: SignUpData, context: { ip: string | null }): Promise<SignUpOutcome> {
  await consumeRateLimits([
    { limit: signUpLimits.perAddress, subject: context.ip },
    { limit: signUpLimits.perEmail, subject: data.email },
  ]);
  const problem = passwordProblem(data.password, data);
  if (problem) return { ok: false, field: "password", problem };

  const platformName = await currentPlatformName(data.locale);
  const existing = await db().user.findUnique({ where: { email: data.email }, select: { id: true, name: true, locale: true, emailVerifiedAt: true } });
  if (existing?.emailVerifiedAt) {
    await sendMail(accountExistsMail({ to: data.email, locale: data.locale, platformName, recipientName: existing.name }));
    return { ok: true };
  }

  if (existing) return signUpAgain(existing, data, context);

  const passwordHash = await hashPassword(data.password);
  const token = await db().$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: data.email, name: data.name, passwordHash, locale: data.locale }, select: { id: true } });
    await tx.consentRecord.createMany({
      data: [
        { userId: user.id, kind: "TERMS", version: TERMS_VERSION },
        { userId: user.id, kind: "PRIVACY", version: PRIVACY_VERSION },
      ],
    });
    await recordAuditEvent({ action: "account.signed_up", actorUserId: user.id, subjectType: "User", subjectId: user.id, ipAddress: context.ip }, tx);
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
 * reads the mailbox. The mailbox's owner is told, in the account's language,
 * and gets the one link that confirms from now on (older ones die with it).
 */
async function signUpAgain(existing: { id: string; name: string; locale: string }, data: SignUpData, context: { ip: string | null }): Promise<SignUpOutcome> {
  const locale: Locale = isLocale(existing.locale) ? existing.locale : data.locale;
  const token = await db().$transaction(async (tx) => {
    await recordAuditEvent({ action: "account.sign_up_repeated", actorUserId: existing.id, subjectType: "User", subjectId: existing.id, ipAddress: context.ip }, tx);
    // Only the newest link works: one mailed earlier (maybe to a sign-up someone else made) no longer confirms.
    await tx.accountToken.deleteMany({ where: { userId: existing.id, purpose: "VERIFY_EMAIL", usedAt: null } });
    return issueAccountToken(existing.id, "VERIFY_EMAIL", VERIFY_EMAIL_VALID_HOURS, tx);
  });
  await sendMail(
    signUpRepeatedMail({
      to: data.email,
      locale,
      platformName: await currentPlatformName(locale),
      recipientName: existing.name,
      url: verificationUrl(token, locale),
      validHours: VERIFY_EMAIL_VALID_HOURS,
    }),
  );
  return { ok: true, verifyToken: token };
}

async function currentPlatformName(locale: Locale): Promise<string> {
  const settings = await db().instanceSettings.findUnique({ where: { id: 1 }, select: { platformName: true } });
  return settings ? pickLocalized(settings.platformName, locale) : "ngo-platform";
}
