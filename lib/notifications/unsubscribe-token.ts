// Signed unsubscribe links: they name the person and the types to switch off,
// work without signing in, and are refused when forged or older than half a
// year, without saying why.
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { keyFromAuthSecret } from "@/lib/security/secret-box";

const MAX_AGE_SECONDS = 183 * 24 * 3600;
const payloadSchema = z.object({
  u: z.string().min(1).max(40),
  t: z.array(z.string().max(60)).min(1).max(20),
  iat: z.number().int(),
});

const sign = (payload: string) =>
  createHmac("sha256", keyFromAuthSecret("unsubscribe-link")).update(payload).digest("base64url");

export function unsubscribeToken(userId: string, types: string[], now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ u: userId, t: types, iat: Math.floor(now / 1000) })).toString(
    "base64url",
  );
  return `${payload}.${sign(payload)}`;
}

export function readUnsubscribeToken(token: string, now = Date.now()): { userId: string; types: string[] } | null {
  const [payload, signature] = token.split(".");
  if (!payload || !signature || token.length > 2000) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    if (!parsed.success || now / 1000 - parsed.data.iat > MAX_AGE_SECONDS) return null;
    return { userId: parsed.data.u, types: parsed.data.t };
  } catch {
    return null;
  }
}
