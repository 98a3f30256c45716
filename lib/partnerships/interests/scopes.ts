// Which side an action's input acts for, read from the database (the request,
// interest or partnership row, or the organisation or office the sender
// chose), never taken from the client's word: the actions' permission is
// checked in this side's scope (party-action.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { parsePartyChoice, partyOf, type Party } from "@/lib/partnerships/party";
import { partyOnSide } from "@/lib/partnerships/workflow/policy";
import type { PartnershipSide } from "@/lib/partnerships/workflow/schemas";

/** The side the sender chose, when such an organisation or office exists (membership is checked by the action). */
export async function chosenSide(input: { actingFor: string }): Promise<Party | null> {
  const party = parsePartyChoice(input.actingFor);
  const exists =
    party.kind === "organisation"
      ? await db().organisation.findUnique({ where: { id: party.id }, select: { id: true } })
      : await db().institution.findUnique({ where: { id: party.id }, select: { id: true } });
  return exists ? party : null;
}

/** The side that sent the interest. */
export async function senderOf(input: { interestId: string }): Promise<Party | null> {
  const interest = await db().partnerInterest.findUnique({
    where: { id: input.interestId },
    select: { organisationId: true, institutionId: true },
  });
  return interest && partyOf(interest);
}

/** The side that posted the request the interest was sent to. */
export async function authorOfInterestsRequest(input: { interestId: string }): Promise<Party | null> {
  const interest = await db().partnerInterest.findUnique({
    where: { id: input.interestId },
    select: { request: { select: { organisationId: true, institutionId: true } } },
  });
  return interest && partyOf(interest.request);
}

export async function authorOfRequest(input: { requestId: string }): Promise<Party | null> {
  const request = await db().partnerRequest.findUnique({
    where: { id: input.requestId },
    select: { organisationId: true, institutionId: true },
  });
  return request && partyOf(request);
}

/** The party on the side the input names, read from the partnership (never the client's word for who it is). */
export async function partnershipSideOf(input: {
  partnershipId: string;
  side: PartnershipSide;
}): Promise<Party | null> {
  const row = await db().partnership.findUnique({
    where: { id: input.partnershipId },
    select: {
      requesterOrganisationId: true,
      requesterInstitutionId: true,
      partnerOrganisationId: true,
      partnerInstitutionId: true,
    },
  });
  return row && partyOnSide(row, input.side);
}
