// The bulletin board's cryptography, shared by the server and the standalone
// verifier (so it uses nothing but node:crypto). Each cast ballot appends one
// entry: a commitment to the ballot, chained to the entry before it.
//
//   tracker      a random code only the voter gets (80 bits, shown once)
//   fingerprint  SHA-256("tracker:" + tracker): published with the choices
//   commitment   SHA-256(election, tracker, sorted choices): the board entry
//   hash         SHA-256(previous hash + commitment); the first entry chains
//                to SHA-256("genesis:" + election)
//
// Anyone can check the chain and recount the published ballots; a voter, who
// alone knows the tracker, can find their ballot by its fingerprint and their
// commitment on the chain. Nobody else can tell which entry of the ordered
// chain a published ballot is, so the order of casting reveals nothing.
import { createHash, randomBytes } from "node:crypto";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
// Crockford's base32: no I, L, O or U, so a tracker read aloud or retyped stays unambiguous.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 16 characters of Crockford base32 (80 random bits), grouped by four: "7KQ2-M9XD-4RTB-H0CE". */
export function newTracker(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let index = 0; index < 16; index++) {
    code = ALPHABET[Number(bits & 31n)]! + code;
    bits >>= 5n;
  }
  return code.match(/.{4}/g)!.join("-");
}

/** A tracker as typed: upper case, without spaces or dashes, with O→0 and I/L→1 as Crockford reads them. */
export function normaliseTracker(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{16}$/.test(compact)) return null;
  return compact.match(/.{4}/g)!.join("-");
}

export const trackerFingerprint = (tracker: string) => sha256(`tracker:${tracker}`);
export const genesisHash = (electionId: string) => sha256(`genesis:${electionId}`);
export const ballotCommitment = (electionId: string, tracker: string, choices: readonly string[]) =>
  sha256(`ballot:${electionId}:${tracker}:${[...choices].sort().join(",")}`);
export const chainHash = (previousHash: string, commitment: string) => sha256(`${previousHash}:${commitment}`);

/** Recomputes the chain; returns the head, or the first position whose stored hash is wrong. */
export function checkChain(
  electionId: string,
  entries: readonly { position: number; commitment: string; hash: string }[],
): { ok: true; head: string } | { ok: false; position: number } {
  let previous = genesisHash(electionId);
  for (const [index, entry] of entries.entries()) {
    if (entry.position !== index || entry.hash !== chainHash(previous, entry.commitment))
      return { ok: false, position: index };
    previous = entry.hash;
  }
  return { ok: true, head: previous };
}
