// Which of the list's own links a reader gets: "post a request" for those who
// may post one (an owner or editor of a verified organisation, or an office's
// official with two-factor authentication on), "for you" and "my partnerships" for
// those who act in partnerships for an organisation or an office. The request form checks again when it is used; this only
// spares others a link to a page that would turn them away.
import { can, type Actor } from "@/lib/auth/permissions";

export function mayPostPartnerRequests(actor: Actor | null): boolean {
  if (actor === null) return false;
  return (
    actor.organisations.some(
      (m) => m.verified === true && can(actor, "partnerships.actForOrganisation", { organisationId: m.organisationId }),
    ) ||
    actor.institutions.some((m) => can(actor, "partnerships.actForInstitution", { institutionId: m.institutionId }))
  );
}

/** "For you" and "my partnerships": for those who act in partnerships for an organisation or an office. */
export function mayReadSuggestionsForYou(actor: Actor | null): boolean {
  if (actor === null) return false;
  return (
    actor.organisations.some((m) =>
      can(actor, "partnerships.actForOrganisation", { organisationId: m.organisationId }),
    ) ||
    actor.institutions.some((m) => can(actor, "partnerships.actForInstitution", { institutionId: m.institutionId }))
  );
}
