// Who may download a partnership's agreement: the people who act for either
// side (owners and editors of a verified organisation, officials of an office
// with two-factor authentication on), once the author has proposed the
// partnership and until either side ends it. Anyone else learns nothing (404);
// a side asking for an ended partnership's agreement is refused (403).
import type { Actor, Scope } from "@/lib/auth/permissions";
import type { PartnershipStatus } from "@/lib/generated/prisma/enums";
import { mayActFor, partyScope, type Party } from "@/lib/partnerships/party";

export interface AgreementSides {
  status: PartnershipStatus;
  organisations: { id: string; verifiedAt: Date | null }[];
  institutionIds: string[];
}

export type AgreementAccess = { allowed: true; actingFor: Scope } | { allowed: false; status: 403 | 404 };

/** The side the person acts for (the first that admits them), or why not. */
export function agreementAccess(actor: Actor | null, sides: AgreementSides): AgreementAccess {
  const organisations = sides.organisations
    .filter((organisation) => organisation.verifiedAt !== null)
    .map((organisation): Party => ({ kind: "organisation", id: organisation.id }));
  const institutions = sides.institutionIds.map((id): Party => ({ kind: "institution", id }));
  const party = [...organisations, ...institutions].find((side) => mayActFor(actor, side));
  if (!party) return { allowed: false, status: 404 };
  if (sides.status === "ENDED") return { allowed: false, status: 403 };
  return { allowed: true, actingFor: partyScope(party) };
}
