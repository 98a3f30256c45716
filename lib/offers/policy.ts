// Who may read and draft an offer (design §3). An offer belongs to its
// applicants: the lead organisation and the co-applicants of a joint offer.
// Their owners and editors draft it (offers.prepare), their members read it
// (offers.view); only the lead adds or removes co-applicants. Nobody else
// (another organisation, an official, a platform administrator) sees a draft:
// offices read offers only once submitted, through their own view (S5).
import { can, type Actor, type Permission, type Scope } from "@/lib/auth/permissions";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type OfferParties = { leadOrganisationId: string; coApplicants: { organisationId: string }[] };

/** The applicants' organisations, the lead first. */
export function applicantOrganisationIds(offer: OfferParties): string[] {
  return [offer.leadOrganisationId, ...offer.coApplicants.map((c) => c.organisationId)];
}

/**
 * The applicant organisation in which the actor holds `permission` (the lead
 * when they hold it there), or null. The scope an action checks is this one,
 * found from the offer's rows on the server, never from the input.
 */
export function applicantScopeFor(actor: Actor | null, offer: OfferParties, permission: Permission): Scope | null {
  const organisationId = applicantOrganisationIds(offer).find((id) => can(actor, permission, { organisationId: id }));
  return organisationId ? { organisationId } : null;
}

export function mayViewOffer(actor: Actor | null, offer: OfferParties): boolean {
  return applicantScopeFor(actor, offer, "offers.view") !== null;
}

export function mayPrepareOffer(actor: Actor | null, offer: OfferParties): boolean {
  return applicantScopeFor(actor, offer, "offers.prepare") !== null;
}

/** Adding and removing co-applicants: the lead organisation's owners and editors only. */
export function mayManageCoApplicants(actor: Actor | null, offer: OfferParties): boolean {
  return can(actor, "offers.prepare", { organisationId: offer.leadOrganisationId });
}

export const OFFER_NOT_DRAFT = "OFFER_NOT_DRAFT";

/** Only a draft changes; a submitted or withdrawn offer is refused with OFFER_NOT_DRAFT. */
export function assertDraft(offer: { status: string }): void {
  if (offer.status !== "DRAFT") throw new RuleRefusal(OFFER_NOT_DRAFT);
}
