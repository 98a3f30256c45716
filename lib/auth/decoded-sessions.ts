// Decoding a session cookie (next-auth's JWE: a key derived with HKDF, then
// AES-GCM) costs every signed-in request a few tenths of a millisecond, and
// one view decodes the same cookie several times: the page, then the header's
// and the page's own answers for their reader (/api/account/summary, the
// organisation's and consultation's viewer). The claims are a function of the
// token alone until it expires, so they are kept briefly per token. What the
// session is worth now is not kept: whether its version still holds and the
// person is neither blocked nor deleted is read from the database on every
// request (lib/auth/current-actor.ts), so a revoked session is refused at once.
import { createHash } from "node:crypto";
import { TtlCache } from "@/lib/cache/ttl-cache";

/** A token's claims, and when the token expires (ms since the epoch; 0 when it does not say). */
export interface DecodedSession<C> {
  claims: C;
  expiresAt: number;
}

/**
 * `decode`, with its answers kept `ttlMs` per token and never beyond the
 * token's expiry; at most `maxEntries` (the least recently used go first).
 * Tokens are kept by their hash, not as they are. A token that does not
 * decode is not kept: it is decoded (and refused) each time, as before.
 */
export function keptDecoder<C>(
  decode: (token: string) => Promise<DecodedSession<C> | null>,
  options: { ttlMs: number; maxEntries: number; now?: () => number },
): (token: string) => Promise<C | null> {
  const now = options.now ?? Date.now;
  const kept = new TtlCache<DecodedSession<C>>({ ttlMs: options.ttlMs, maxEntries: options.maxEntries, now });
  return async (token) => {
    const key = createHash("sha256").update(token).digest("base64url");
    const hit = kept.get(key);
    if (hit && hit.expiresAt > now()) return hit.claims;
    const decoded = await decode(token);
    if (decoded && decoded.expiresAt > now()) kept.set(key, decoded);
    else kept.delete(key);
    return decoded?.claims ?? null;
  };
}
