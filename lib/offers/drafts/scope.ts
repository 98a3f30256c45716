// Where a drafting request's permission is checked, found from the offer's
// rows: the applicant organisation in which the signed-in person holds
// offers.prepare, else the lead's (where the check then refuses them). Shared
// by the actions and the autosave route, so both check the same scope.
import "server-only";
import type { Scope } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { applicantScopeFor } from "@/lib/offers/policy";

export async function offerPrepareScope(offerId: string): Promise<Scope | null> {
  const offer = await db().offer.findUnique({
    where: { id: offerId },
    select: { leadOrganisationId: true, coApplicants: { select: { organisationId: true, acceptedAt: true } } },
  });
  if (!offer) return null;
  return (
    applicantScopeFor(await getCurrentUser(), offer, "offers.prepare") ?? { organisationId: offer.leadOrganisationId }
  );
}

/** Co-applicants are changed in the lead organisation's scope only. */
export async function offerLeadScope(offerId: string): Promise<Scope | null> {
  const offer = await db().offer.findUnique({ where: { id: offerId }, select: { leadOrganisationId: true } });
  return offer ? { organisationId: offer.leadOrganisationId } : null;
}

/** Starting an offer: the organisation the person drafts for, when it exists. */
export async function organisationScope(organisationId: string): Promise<Scope | null> {
  const organisation = await db().organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
  return organisation ? { organisationId: organisation.id } : null;
}
