// Checking a sign-in. Failures say only "wrong e-mail or password", whether
// or not the address exists; the time taken is the same either way (a dummy
// hash is verified for unknown addresses).
import { createHash } from "node:crypto";
import { hashPassword, verifyPassword } from "@/lib/accounts/password";
import { verifySecondFactor, type SecondFactor } from "@/lib/accounts/two-factor";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { notifySecurityChange } from "@/lib/notifications/security";
import { throttleSignIn } from "@/lib/accounts/sign-in-throttle";

/** Why a sign-in was refused, as the sign-in form explains it. */
export type SignInFailure =
  | "INVALID_CREDENTIALS"
  | "EMAIL_NOT_VERIFIED"
  | "BLOCKED"
  | "RATE_LIMITED"
  | "TWO_FACTOR_REQUIRED"
  | "SECOND_FACTOR_INVALID";

export class SignInError extends Error {
  constructor(readonly failure: SignInFailure) {
    super(failure);
    this.name = "SignInError";
  }
}

let dummyHash: Promise<string> | undefined;

/** A browser's fingerprint for "new device" notices: a hash of its user agent, never the agent itself. */
export function deviceOf(userAgent: string | null | undefined): string {
  return createHash("sha256")
    .update(userAgent ?? "")
    .digest("hex")
    .slice(0, 16);
}

/** A readable name of the browser and system, for the notice ("Firefox, Linux"). */
export function browserName(userAgent: string | null | undefined): string {
  const ua = userAgent ?? "";
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /Firefox\//.test(ua)
      ? "Firefox"
      : /Chrom(e|ium)\//.test(ua)
        ? "Chrome"
        : /Safari\//.test(ua)
          ? "Safari"
          : "?";
  const system = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad/.test(ua)
      ? "iOS"
      : /Windows/.test(ua)
        ? "Windows"
        : /Mac OS X/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : "?";
  return `${browser}, ${system}`;
}

/**
 * Checks e-mail and password, then, for a person with two-factor
 * authentication, the code: without one the answer is TWO_FACTOR_REQUIRED (the
 * form then asks for it), which reveals nothing, since the password was right.
 */
export async function authenticate(
  email: string,
  password: string,
  context: { ip: string | null; code?: string; userAgent?: string | null },
) {
  const address = email.trim().toLowerCase();
  const user = await db().user.findUnique({
    where: { email: address },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      passwordHash: true,
      emailVerifiedAt: true,
      blockedAt: true,
      sessionVersion: true,
      totpEnabledAt: true,
    },
  });
  let giveBack: () => Promise<void>;
  try {
    giveBack = await throttleSignIn(address, context.ip, user);
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") throw new SignInError("RATE_LIMITED");
    throw error;
  }
  dummyHash ??= hashPassword("not-a-real-password-0000");
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !user.passwordHash || !valid) {
    await recordAuditEvent({
      action: "account.sign_in_failed",
      actorUserId: user?.id ?? null,
      ipAddress: context.ip,
      details: { reason: "invalid_credentials" },
    });
    throw new SignInError("INVALID_CREDENTIALS");
  }
  if (user.blockedAt) {
    await recordAuditEvent({
      action: "account.sign_in_failed",
      actorUserId: user.id,
      ipAddress: context.ip,
      details: { reason: "blocked" },
    });
    throw new SignInError("BLOCKED");
  }
  if (!user.emailVerifiedAt) throw new SignInError("EMAIL_NOT_VERIFIED");
  let secondFactor: SecondFactor | null = null;
  if (user.totpEnabledAt) {
    if (!context.code) {
      // The password was right: asking for the code is no failure.
      await giveBack();
      throw new SignInError("TWO_FACTOR_REQUIRED");
    }
    secondFactor = await verifySecondFactor(user.id, context.code, { ip: context.ip });
    if (!secondFactor) {
      await recordAuditEvent({
        action: "account.sign_in_failed",
        actorUserId: user.id,
        ipAddress: context.ip,
        details: { reason: "invalid_second_factor" },
      });
      throw new SignInError("SECOND_FACTOR_INVALID");
    }
  }
  const device = deviceOf(context.userAgent);
  await db().$transaction(async (tx) => {
    // A browser this account never signed in from before (the account's first sign-in excepted) is worth a notice.
    const earlier = await tx.auditEvent.findMany({
      where: { action: "account.signed_in", actorUserId: user.id },
      select: { details: true },
      orderBy: { id: "desc" },
      take: 200,
    });
    const newDevice = earlier.length > 0 && !earlier.some((e) => (e.details as { device?: string }).device === device);
    await recordAuditEvent(
      {
        action: "account.signed_in",
        actorUserId: user.id,
        ipAddress: context.ip,
        details: { device, ...(secondFactor ? { secondFactor } : {}) },
      },
      tx,
    );
    if (newDevice)
      await notifySecurityChange(
        user.id,
        { type: "security.new_sign_in", browser: browserName(context.userAgent) },
        tx,
      );
  });
  await giveBack();
  await dispatchNotifications();
  return { id: user.id, sessionVersion: user.sessionVersion };
}
