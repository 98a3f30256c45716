// A side in partnerships: an organisation or an office (urząd), the one shape
// every part of the module passes around (requests, interests, partnerships,
// suggestions, "for you"). Rows store a side as a pair of nullable columns
// (exactly one set); forms and addresses as a choice string
// ("organisation:<id>"). Both are converted here, at the edge, and nowhere
// else. Who may act for a side is decided here too, once.
import { can, type Actor, type Scope } from "@/lib/auth/permissions";
import { RECORD_ID_SOURCE } from "@/lib/validation/record-id";

export type PartyKind = "organisation" | "institution";
export type Party = { kind: PartyKind; id: string };

/** The side stored in a row's organisationId / institutionId pair; null when neither is set. */
export function partyOf(row: { organisationId: string | null; institutionId: string | null }): Party | null {
  if (row.organisationId) return { kind: "organisation", id: row.organisationId };
  if (row.institutionId) return { kind: "institution", id: row.institutionId };
  return null;
}

/** The row's columns for the side. */
export const partyColumns = (party: Party) => ({
  organisationId: party.kind === "organisation" ? party.id : null,
  institutionId: party.kind === "institution" ? party.id : null,
});

export const sameParty = (a: Party | null, b: Party | null) => !!a && !!b && a.kind === b.kind && a.id === b.id;

export const partyScope = (party: Party): Scope =>
  party.kind === "organisation" ? { organisationId: party.id } : { institutionId: party.id };

/** The permission a person needs to act for a side of the kind (lib/auth/permissions.ts). */
export const partyPermission = (party: Pick<Party, "kind">) =>
  party.kind === "organisation" ? "partnerships.actForOrganisation" : "partnerships.actForInstitution";

/**
 * Whether the person may act for the side: an organisation's owners and
 * editors, an office's officials (with two-factor authentication, as every
 * official function; `can` checks it). Where an organisation must also be
 * verified (posting a request, reading its suggestions), pass what is known
 * of its verification as `organisationVerified`: false refuses. An office
 * needs no verification. Without it, verification is checked elsewhere (the
 * actions refuse an unverified organisation with a rule's answer).
 */
export function mayActFor(
  actor: Actor | null,
  party: Party,
  { organisationVerified }: { organisationVerified?: boolean } = {},
): boolean {
  if (party.kind === "organisation" && organisationVerified === false) return false;
  return can(actor, partyPermission(party), partyScope(party));
}

/** The parties a person may act for in partnerships, by membership (organisations first; verification not checked). */
export function partiesOfActor(actor: Actor): Party[] {
  return [
    ...actor.organisations.map((m): Party => ({ kind: "organisation", id: m.organisationId })),
    ...actor.institutions.map((m): Party => ({ kind: "institution", id: m.institutionId })),
  ].filter((party) => mayActFor(actor, party));
}

/** A side as a form's or address's value: "organisation:<id>" or "institution:<id>". */
export const PARTY_CHOICE = new RegExp(`^(organisation|institution):${RECORD_ID_SOURCE}$`);
export const partyChoice = (party: Party) => `${party.kind}:${party.id}`;
/** The side a choice names; only for a value that matched PARTY_CHOICE (the schemas check it first). */
export function parsePartyChoice(value: string): Party {
  const [kind, id] = value.split(":") as [PartyKind, string];
  return { kind, id };
}

/** The side among `parties` that a choice from an address names, else the first (null when there is none). */
export function chosenParty(choice: string | undefined, parties: readonly Party[]): Party | null {
  return parties.find((party) => partyChoice(party) === choice) ?? parties[0] ?? null;
}
