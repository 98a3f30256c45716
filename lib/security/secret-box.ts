// Encrypts small secrets kept in the database (TOTP secrets) with AES-256-GCM
// under a key derived from AUTH_SECRET, so a copy of the database alone does
// not give away second factors. Rotating AUTH_SECRET makes stored secrets
// unreadable: people then sign in with a recovery code and set 2FA up again.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { ConfigurationError, env } from "@/lib/env";

/** A 32-byte key for one purpose, derived from AUTH_SECRET, so no two purposes share a key. */
export function keyFromAuthSecret(purpose: string, authSecret = env().AUTH_SECRET): Buffer {
  if (!authSecret) throw new ConfigurationError([`AUTH_SECRET is required (${purpose})`]);
  return Buffer.from(hkdfSync("sha256", authSecret, "ngo-platform", purpose, 32));
}

const keyFrom = (authSecret: string | undefined) => keyFromAuthSecret("totp-secret", authSecret);

/** "v1.<iv>.<tag>.<ciphertext>", base64url. */
export function sealSecret(plain: string, authSecret = env().AUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(authSecret), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The plain secret, or null when it cannot be opened (tampered, or sealed under another AUTH_SECRET). */
export function openSecret(sealed: string, authSecret = env().AUTH_SECRET): string | null {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(authSecret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
