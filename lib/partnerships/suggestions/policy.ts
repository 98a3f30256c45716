// Who may see a request's suggestions and act for a party: the author
// party's owners and editors (a verified organisation only) or the office's
// officials (with two-factor authentication, as every official function).
import { can, type Actor } from "@/lib/auth/permissions";
import type { Party } from "@/lib/partnerships/suggestions/for-party";

export function mayActForParty(actor: Actor | null, party: Party, organisationVerified: boolean): boolean {
  if ("organisationId" in party)
    return (
      organisationVerified && can(actor, "partnerships.actForOrganisation", { organisationId: party.organisationId })
    );
  return can(actor, "partnerships.actForInstitution", { institutionId: party.institutionId });
}

/** The request's author party. */
export function authorParty(request: { organisationId: string | null; institutionId: string | null }): Party | null {
  if (request.organisationId) return { organisationId: request.organisationId };
  if (request.institutionId) return { institutionId: request.institutionId };
  return null;
}

/** The parties whose "for you" list the person may read: organisations they own or edit, offices they serve. */
export function partiesOf(actor: Actor): Party[] {
  return [
    ...actor.organisations
      .filter((m) => can(actor, "partnerships.actForOrganisation", { organisationId: m.organisationId }))
      .map((m) => ({ organisationId: m.organisationId })),
    ...actor.institutions
      .filter((m) => can(actor, "partnerships.actForInstitution", { institutionId: m.institutionId }))
      .map((m) => ({ institutionId: m.institutionId })),
  ];
}

/** A party as a form value ("o:<id>", "i:<id>") and back. */
export const partyKey = (party: Party) =>
  "organisationId" in party ? `o:${party.organisationId}` : `i:${party.institutionId}`;
export function partyFromKey(key: string | undefined, parties: readonly Party[]): Party | null {
  return parties.find((party) => partyKey(party) === key) ?? parties[0] ?? null;
}
