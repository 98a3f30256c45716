// A side in the partnership workflow: an organisation or an office (urząd).
// Requests, interests and partnerships each store one side as a pair of
// nullable columns (exactly one set); this module turns them into one value,
// into the permission scope that side's people act in, and back.
import { can, type Actor, type Scope } from "@/lib/auth/permissions";
import { RECORD_ID_SOURCE } from "@/lib/validation/record-id";

export type Party = { kind: "organisation"; id: string } | { kind: "institution"; id: string };

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

/** The permission a person needs to act for the side (lib/auth/permissions.ts). */
export const partyPermission = (party: Party) =>
  party.kind === "organisation" ? "partnerships.actForOrganisation" : "partnerships.actForInstitution";

/** Whether the person may act for the side (the organisation's verification is checked separately). */
export const mayActFor = (actor: Actor | null, party: Party) => can(actor, partyPermission(party), partyScope(party));

/** The form's value for a side: "organisation:<id>" or "institution:<id>". */
export const PARTY_CHOICE = new RegExp(`^(organisation|institution):${RECORD_ID_SOURCE}$`);
export const partyChoice = (party: Party) => `${party.kind}:${party.id}`;
export function parsePartyChoice(value: string): Party {
  const [kind, id] = value.split(":") as ["organisation" | "institution", string];
  return { kind, id };
}

/** The parties a person may act for in partnerships, by membership (verification is read from the database). */
export function partiesOfActor(actor: Actor): Party[] {
  const organisations: Party[] = actor.organisations
    .filter((m) => can(actor, "partnerships.actForOrganisation", { organisationId: m.organisationId }))
    .map((m) => ({ kind: "organisation", id: m.organisationId }));
  const institutions: Party[] = actor.institutions
    .filter((m) => can(actor, "partnerships.actForInstitution", { institutionId: m.institutionId }))
    .map((m) => ({ kind: "institution", id: m.institutionId }));
  return [...organisations, ...institutions];
}
