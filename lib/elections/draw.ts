// Drawing lots that anyone can repeat. The seed is generated when the election
// is published and shown on its rules page before any vote is cast, so the
// commission cannot choose it after seeing the votes; the draw itself is
// HMAC-SHA256(seed, "purpose:id") for each item, sorted. The standalone
// verifier (lib/elections/verify.ts) repeats it from the published board.
import { createHmac, randomBytes } from "node:crypto";

export function newDrawSeed(): string {
  return randomBytes(32).toString("hex");
}

export function drawTicket(seed: string, purpose: string, id: string): string {
  return createHmac("sha256", Buffer.from(seed, "hex")).update(`${purpose}:${id}`).digest("hex");
}

/** `items` in the order the draw gives them (lowest ticket first); the same seed always gives the same order. */
export function drawOrder<T>(seed: string, purpose: string, items: readonly T[], idOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, ticket: drawTicket(seed, purpose, idOf(item)) }))
    .sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : 0))
    .map(({ item }) => item);
}
