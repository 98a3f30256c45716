// Single-use, expiring tokens for links sent by e-mail. The link carries 32
// random bytes; the database keeps only their SHA-256.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { hashToken } from "@/lib/security/token-hash";
import { AppError } from "@/lib/errors";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function issueAccountToken(
  userId: string,
  purpose: AccountTokenPurpose,
  validHours: number,
  tx: Prisma.TransactionClient = db(),
  extra: { newEmail?: string } = {},
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.accountToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + validHours * 3600_000),
      ...extra,
    },
  });
  return token;
}

/** What a link's token is worth, without using it (for the page that shows the confirm button). */
export async function inspectAccountToken(
  token: string,
  purpose: AccountTokenPurpose,
): Promise<"valid" | "used" | "expired" | "invalid"> {
  const row = await db().accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true },
  });
  if (!row || row.purpose !== purpose) return "invalid";
  if (row.usedAt) return "used";
  if (row.expiresAt <= new Date()) return "expired";
  return "valid";
}

/**
 * Uses a token once: marks it used in the same statement that checks it, so
 * two clicks racing each other cannot both succeed. Returns the user's id.
 */
export async function consumeAccountToken(
  token: string,
  purpose: AccountTokenPurpose,
  tx: Prisma.TransactionClient,
): Promise<string> {
  return (await consumeAccountTokenRow(token, purpose, tx)).userId;
}

/** As consumeAccountToken, returning what the token carries besides its owner. */
export async function consumeAccountTokenRow(
  token: string,
  purpose: AccountTokenPurpose,
  tx: Prisma.TransactionClient,
) {
  const tokenHash = hashToken(token);
  const used = await tx.accountToken.updateManyAndReturn({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
    select: { userId: true, newEmail: true },
  });
  if (used[0]) return used[0];
  const state = await inspectAccountToken(token, purpose);
  throw new AppError(state === "used" ? "LINK_USED" : state === "expired" ? "LINK_EXPIRED" : "LINK_INVALID");
}
