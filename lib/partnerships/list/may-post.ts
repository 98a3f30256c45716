// Which of the list's own links a reader gets: "post a request" for those who
// may post one (an owner or editor of a verified organisation, or an office's
// official with two-factor authentication on), "for you" and "my partnerships" for
// those who act in partnerships for an organisation or an office. The request form checks again when it is used; this only
// spares others a link to a page that would turn them away.
import type { Actor } from "@/lib/auth/permissions";
import { mayActFor, partiesOfActor } from "@/lib/partnerships/party";

export function mayPostPartnerRequests(actor: Actor | null): boolean {
  if (actor === null) return false;
  return (
    actor.organisations.some((m) =>
      mayActFor(actor, { kind: "organisation", id: m.organisationId }, { organisationVerified: m.verified === true }),
    ) || actor.institutions.some((m) => mayActFor(actor, { kind: "institution", id: m.institutionId }))
  );
}

/** "For you" and "my partnerships": for those who act in partnerships for an organisation or an office. */
export function mayReadSuggestionsForYou(actor: Actor | null): boolean {
  return actor !== null && partiesOfActor(actor).length > 0;
}
