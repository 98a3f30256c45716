// Where notices about an offer lead: for members of the lead organisation or
// of a co-applicant, the offer (a decided confirmation: the confirmation
// page); for the addressed office's officials who may read its offers, the
// office's view of it (a submitted correction: the offer's formal check). Anyone else is led nowhere: organisations never see
// others' offers. A co-applicant the lead removed is led to its own offers.
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { linksFor, subjectIds, type LinkResolver } from "@/lib/notifications/links";
import type { NotificationInput } from "@/lib/notifications/notify";

/** The notification subject of an offer: its title, leading to the offer. */
export const offerSubject = (offer: { id: string; title: string }): NotificationInput["subject"] => ({
  type: "Offer",
  id: offer.id,
  title: offer.title,
  link: { pathname: "/offers/[id]", params: { id: offer.id } },
});

export const offerLinks: LinkResolver = async (refs, reader) => {
  const offers = await db().offer.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: {
      id: true,
      institutionId: true,
      leadOrganisationId: true,
      coApplicants: { select: { organisationId: true } },
      competition: { select: { slug: true } },
    },
  });
  return linksFor(refs, new Map(offers.map((o) => [o.id, o])), (ref, offer) => {
    // The removed organisation sees the offer no more: the notice leads to its people's own offers.
    if (ref.type === "offer.co_applicant_removed") return { pathname: "/offers" };
    const organisations = [offer.leadOrganisationId, ...offer.coApplicants.map((c) => c.organisationId)];
    if (organisations.some((organisationId) => can(reader, "offers.view", { organisationId }))) {
      const params = { id: offer.id };
      return ref.type === "offer.confirmation_decided"
        ? { pathname: "/offers/[id]/confirmation", params }
        : { pathname: "/offers/[id]", params };
    }
    // A correction submitted is for the office's formal check of the offer: its page shows what changed.
    if (
      offer.competition &&
      ref.type === "offer.correction_submitted" &&
      can(reader, "competitions.formalCheck", { institutionId: offer.institutionId })
    )
      return {
        pathname: "/competitions/[slug]/offers/[id]/formal",
        params: { slug: offer.competition.slug, id: offer.id },
      };
    if (offer.competition && can(reader, "competitions.viewOffers", { institutionId: offer.institutionId }))
      return { pathname: "/competitions/[slug]/offers/[id]", params: { slug: offer.competition.slug, id: offer.id } };
    return null;
  });
};
