// What an administrator was shown when verifying an organisation: a digest of
// the facts a verification vouches for (lib/organisations/trust.ts), given
// to the administrators' list and sent back with the verification. If a fact
// changed after the page loaded (a rename, another seat), the verification
// would vouch for facts no one looked at, so it is refused instead.
// Not server-only: records.ts uses it, and the job worker (KRS imports) loads that outside Next.js.
import { createHash } from "node:crypto";
import { VERIFIED_FACTS, type VerifiedFact } from "@/lib/organisations/trust";

export function shownFactsOf(organisation: { [field in VerifiedFact]: string | null }): string {
  return createHash("sha256")
    .update(JSON.stringify(VERIFIED_FACTS.map((field) => organisation[field])))
    .digest("base64url");
}
