// Two-factor authentication with TOTP (RFC 6238: 6 digits, 30-second steps,
// one step of clock drift either way) and ten single-use recovery codes.
// A code is accepted at most once: the last accepted time step is stored and
// only later steps pass, in one conditional update, so a code seen over a
// shoulder or replayed by two requests at once works only for the first.
import { randomInt } from "node:crypto";
import { generateSecret, generateURI, verifySync } from "otplib";
import QRCode from "qrcode";
import { verifyPassword } from "@/lib/accounts/password";
import { recordAuditEvent } from "@/lib/audit/record";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { notifySecurityChange } from "@/lib/notifications/security";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashToken } from "@/lib/security/token-hash";
import type { Prisma } from "@/lib/generated/prisma/client";
import { consumeRateLimits, type RateLimit } from "@/lib/security/rate-limit";
import { openSecret, sealSecret } from "@/lib/security/secret-box";

export const RECOVERY_CODE_COUNT = 10;
const STEP_SECONDS = 30;

interface Context {
  ip: string | null;
}

/**
 * Switching on, new recovery codes and switching off each take the current
 * password and a code again (issue 19): a session left open, or stolen, is not
 * enough to tie the account to another phone, read new codes or drop the
 * second factor. All three share one limit per account, so neither password
 * nor code can be guessed through them.
 */
export const twoFactorChangeLimit = {
  name: "two-factor-change:user",
  limit: 10,
  windowSeconds: 900,
} satisfies RateLimit;

export interface Reauthentication {
  password: string;
  code: string;
}

type ReauthProblem =
  | { ok: false; field: "password"; problem: "currentPasswordWrong" }
  | { ok: false; field: "code"; problem: "codeInvalid" };

/** Counts the attempt, then checks the password; null when it is right. */
async function checkPassword(userId: string, password: string): Promise<ReauthProblem | null> {
  await consumeRateLimits([{ limit: twoFactorChangeLimit, subject: userId }]);
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password)))
    return { ok: false, field: "password", problem: "currentPasswordWrong" };
  return null;
}

const codeInvalid = { ok: false as const, field: "code" as const, problem: "codeInvalid" as const };

/** Unambiguous characters only (no 0/O, 1/l/I), grouped for reading aloud: "k7pm-3qtx-9cwd". */
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 12 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

export const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, "");
const hashRecoveryCode = (code: string) => hashToken(normalizeRecoveryCode(code));

/** The time step a code matches, or null. */
export function matchingTimeStep(secret: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = verifySync({ secret, token, epoch: Math.floor(now / 1000), epochTolerance: STEP_SECONDS });
  return result.valid ? ((result as { timeStep?: number }).timeStep ?? null) : null;
}

/** Starts set-up: a fresh secret, kept aside until the first code confirms it. */
export async function startTwoFactorSetup(userId: string, issuer: string) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "two-factor authentication is already on");
  const secret = generateSecret();
  await db().user.update({ where: { id: userId }, data: { totpPendingSecret: sealSecret(secret) } });
  const uri = generateURI({ issuer, label: user.email, secret });
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 }) };
}

async function issueRecoveryCodes(userId: string, tx: Prisma.TransactionClient): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}

export type ConfirmOutcome =
  { ok: true; recoveryCodes: string[] } | ReauthProblem | { ok: false; field: "code"; problem: "setupExpired" };

/** The password and the first code from the app turn 2FA on and return the recovery codes, shown once. */
export async function confirmTwoFactorSetup(
  userId: string,
  input: Reauthentication,
  context: Context,
): Promise<ConfirmOutcome> {
  const wrong = await checkPassword(userId, input.password);
  if (wrong) return wrong;
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpPendingSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "two-factor authentication is already on");
  const secret = user.totpPendingSecret ? openSecret(user.totpPendingSecret) : null;
  if (!secret) return { ok: false, field: "code", problem: "setupExpired" };
  const step = matchingTimeStep(secret, input.code);
  if (step === null) return codeInvalid;
  return db()
    .$transaction(async (tx) => {
      const enabled = await tx.user.updateMany({
        where: { id: userId, totpEnabledAt: null, totpPendingSecret: user.totpPendingSecret },
        data: {
          totpSecret: user.totpPendingSecret,
          totpPendingSecret: null,
          totpEnabledAt: new Date(),
          totpLastStep: step,
        },
      });
      if (enabled.count === 0) throw new AppError("CONFLICT", "set-up changed meanwhile");
      const recoveryCodes = await issueRecoveryCodes(userId, tx);
      await recordAuditEvent(
        {
          action: "account.two_factor_enabled",
          actorUserId: userId,
          subjectType: "User",
          subjectId: userId,
          ipAddress: context.ip,
        },
        tx,
      );
      await notifySecurityChange(userId, { type: "security.two_factor_changed", state: "on" }, tx);
      return { ok: true as const, recoveryCodes };
    })
    .finally(dispatchNotifications);
}

export type SecondFactor = "totp" | "recovery";

/**
 * Checks a code from the app, or a recovery code (used up on success), for
 * a person with 2FA on. Returns which one matched, or null.
 */
export async function verifySecondFactor(
  userId: string,
  code: string,
  context: Context,
  tx: Prisma.TransactionClient = db(),
): Promise<SecondFactor | null> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (!user.totpEnabledAt || !user.totpSecret) return null;
  const secret = openSecret(user.totpSecret);
  const step = secret ? matchingTimeStep(secret, code) : null;
  if (step !== null) {
    const accepted = await tx.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return accepted.count === 1 ? "totp" : null;
  }
  if (normalizeRecoveryCode(code).length !== 12) return null;
  const used = await tx.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  if (used.count === 0) return null;
  await recordAuditEvent(
    {
      action: "account.recovery_code_used",
      actorUserId: userId,
      subjectType: "User",
      subjectId: userId,
      ipAddress: context.ip,
    },
    tx,
  );
  return "recovery";
}

export type DisableOutcome = { ok: true } | ReauthProblem;

/** Turning 2FA off takes the password and a current code (or a recovery code). */
export async function disableTwoFactor(
  userId: string,
  input: Reauthentication,
  context: Context,
): Promise<DisableOutcome> {
  const wrong = await checkPassword(userId, input.password);
  if (wrong) return wrong;
  return db()
    .$transaction(async (tx) => {
      if (!(await verifySecondFactor(userId, input.code, context, tx))) return codeInvalid;
      await tx.user.update({
        where: { id: userId },
        data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
      });
      await tx.recoveryCode.deleteMany({ where: { userId } });
      await recordAuditEvent(
        {
          action: "account.two_factor_disabled",
          actorUserId: userId,
          subjectType: "User",
          subjectId: userId,
          ipAddress: context.ip,
        },
        tx,
      );
      await notifySecurityChange(userId, { type: "security.two_factor_changed", state: "off" }, tx);
      return { ok: true as const };
    })
    .finally(dispatchNotifications);
}

/** New recovery codes replace the old ones, for the password and a current code from the app (a recovery code would renew itself). */
export async function regenerateRecoveryCodes(
  userId: string,
  input: Reauthentication,
  context: Context,
): Promise<{ ok: true; recoveryCodes: string[] } | ReauthProblem> {
  const wrong = await checkPassword(userId, input.password);
  if (wrong) return wrong;
  return db().$transaction(async (tx) => {
    if ((await verifySecondFactor(userId, input.code, context, tx)) !== "totp") return codeInvalid;
    const recoveryCodes = await issueRecoveryCodes(userId, tx);
    await recordAuditEvent(
      {
        action: "account.recovery_codes_regenerated",
        actorUserId: userId,
        subjectType: "User",
        subjectId: userId,
        ipAddress: context.ip,
      },
      tx,
    );
    return { ok: true as const, recoveryCodes };
  });
}

export async function twoFactorStatus(userId: string) {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true } });
  const remaining = user.totpEnabledAt ? await db().recoveryCode.count({ where: { userId, usedAt: null } }) : 0;
  return { enabledAt: user.totpEnabledAt, recoveryCodesLeft: remaining };
}
