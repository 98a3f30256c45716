// The SHA-256 of a submitted offer's canonical text. Server-only: node:crypto
// is not in the browser, and nothing the browser computes is trusted as a
// version's identity anyway.
import { createHash } from "node:crypto";
import { checksumInput, shortChecksum } from "@/lib/offers/calc/canonical";

export type Checksum = { hex: string; short: string };

export function offerChecksum(templateVersion: string, document: unknown): Checksum {
  const hex = createHash("sha256").update(checksumInput(templateVersion, document)).digest("hex");
  return { hex, short: shortChecksum(hex) };
}
