// Who may see a request's suggestions: the author party's owners and editors
// (a verified organisation only) or the office's officials (with two-factor
// authentication, as every official function).
import type { Actor } from "@/lib/auth/permissions";
import { mayActFor, partyOf } from "@/lib/partnerships/party";

export function maySeeSuggestions(
  actor: Actor | null,
  request: { organisationId: string | null; institutionId: string | null },
  organisationVerified: boolean,
): boolean {
  const author = partyOf(request);
  return author !== null && mayActFor(actor, author, { organisationVerified });
}
