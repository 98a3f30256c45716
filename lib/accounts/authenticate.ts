// Checking a sign-in. Failures say only "wrong e-mail or password", whether
// or not the address exists; the time taken is the same either way (a dummy
// hash is verified for unknown addresses).
import { hashPassword, verifyPassword } from "@/lib/accounts/password";
import { verifySecondFactor, type SecondFactor } from "@/lib/accounts/two-factor";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { consumeRateLimits, type RateLimit } from "@/lib/security/rate-limit";

export const signInLimits = {
  perAddress: { name: "sign-in:ip", limit: 30, windowSeconds: 900 } satisfies RateLimit,
  perAccount: { name: "sign-in:email", limit: 10, windowSeconds: 900 } satisfies RateLimit,
};

/** Why a sign-in was refused, as the sign-in form explains it. */
export type SignInFailure = "INVALID_CREDENTIALS" | "EMAIL_NOT_VERIFIED" | "BLOCKED" | "RATE_LIMITED" | "TWO_FACTOR_REQUIRED" | "SECOND_FACTOR_INVALID";

export class SignInError extends Error {
  constructor(readonly failure: SignInFailure) {
    super(failure);
    this.name = "SignInError";
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks e-mail and password, then, for a person with two-factor
 * authentication, the code: without one the answer is TWO_FACTOR_REQUIRED (the
 * form then asks for it), which reveals nothing, since the password was right.
 */
export async function authenticate(email: string, password: string, context: { ip: string | null; code?: string }) {
  try {
    await consumeRateLimits([
      { limit: signInLimits.perAddress, subject: context.ip },
      { limit: signInLimits.perAccount, subject: email },
    ]);
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") throw new SignInError("RATE_LIMITED");
    throw error;
  }
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, passwordHash: true, emailVerifiedAt: true, blockedAt: true, sessionVersion: true, totpEnabledAt: true },
  });
  dummyHash ??= hashPassword("not-a-real-password-0000");
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !user.passwordHash || !valid) {
    await recordAuditEvent({ action: "account.sign_in_failed", actorUserId: user?.id ?? null, ipAddress: context.ip, details: { reason: "invalid_credentials" } });
    throw new SignInError("INVALID_CREDENTIALS");
  }
  if (user.blockedAt) {
    await recordAuditEvent({ action: "account.sign_in_failed", actorUserId: user.id, ipAddress: context.ip, details: { reason: "blocked" } });
    throw new SignInError("BLOCKED");
  }
  if (!user.emailVerifiedAt) throw new SignInError("EMAIL_NOT_VERIFIED");
  let secondFactor: SecondFactor | null = null;
  if (user.totpEnabledAt) {
    if (!context.code) throw new SignInError("TWO_FACTOR_REQUIRED");
    secondFactor = await verifySecondFactor(user.id, context.code, { ip: context.ip });
    if (!secondFactor) {
      await recordAuditEvent({ action: "account.sign_in_failed", actorUserId: user.id, ipAddress: context.ip, details: { reason: "invalid_second_factor" } });
      throw new SignInError("SECOND_FACTOR_INVALID");
    }
  }
  await recordAuditEvent({ action: "account.signed_in", actorUserId: user.id, ipAddress: context.ip, details: secondFactor ? { secondFactor } : {} });
  return { id: user.id, sessionVersion: user.sessionVersion };
}
