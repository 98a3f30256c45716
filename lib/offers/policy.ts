// Who may read and draft an offer (design §3). An offer belongs to its
// applicants: the lead organisation and the co-applicants of a joint offer.
// Their owners and editors draft it (offers.prepare), their members read it
// (offers.view); only the lead adds or removes co-applicants. A co-applicant
// counts only once one of its owners or editors accepted (security review M1):
// before that its members see the invitation, not the draft. Nobody else
// (another organisation, an official, a platform administrator) sees a draft:
// offices read offers only once submitted, through their own view (S5).
import { can, type Actor, type Permission, type Scope } from "@/lib/auth/permissions";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

// acceptedAt is required so that every caller deciding access selects it: a
// forgotten field would otherwise let a pending co-applicant in.
export type OfferParties = {
  leadOrganisationId: string;
  coApplicants: { organisationId: string; acceptedAt: Date | null }[];
};

/** The applicants' organisations, the lead first, pending co-applicants included (the lead lists them). */
export function applicantOrganisationIds(
  offer: Pick<OfferParties, "leadOrganisationId"> & {
    coApplicants: { organisationId: string }[];
  },
): string[] {
  return [offer.leadOrganisationId, ...offer.coApplicants.map((c) => c.organisationId)];
}

/** The organisations whose members act on the offer: the lead and the co-applicants that accepted. */
export function joinedOrganisationIds(offer: OfferParties): string[] {
  return [
    offer.leadOrganisationId,
    ...offer.coApplicants.filter((c) => c.acceptedAt !== null).map((c) => c.organisationId),
  ];
}

/**
 * The co-applicant organisation, invited and not yet accepted, in which the
 * actor holds `permission`, or null: its members see the invitation
 * (offers.view), its owners and editors answer it (offers.prepare).
 */
export function pendingCoApplicantFor(actor: Actor | null, offer: OfferParties, permission: Permission): string | null {
  return (
    offer.coApplicants.find(
      (c) => c.acceptedAt === null && can(actor, permission, { organisationId: c.organisationId }),
    )?.organisationId ?? null
  );
}

/**
 * The applicant organisation in which the actor holds `permission` (the lead
 * when they hold it there), or null. The scope an action checks is this one,
 * found from the offer's rows on the server, never from the input.
 */
export function applicantScopeFor(actor: Actor | null, offer: OfferParties, permission: Permission): Scope | null {
  const organisationId = joinedOrganisationIds(offer).find((id) => can(actor, permission, { organisationId: id }));
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
