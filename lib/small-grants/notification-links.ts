// Where notices about a small-grant case lead: the office's officials to
// their small-grants page (received offers, remarks, decisions); the
// applicant's members to their offer; everyone else to the published offer
// while it has a public page, and nowhere before it is published.
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { linksFor, subjectIds, type LinkResolver, type NotificationLink } from "@/lib/notifications/links";
import type { NotificationInput } from "@/lib/notifications/notify";

/** The notification subject of a small-grant case: the offer's title, leading to the office's small-grants page. */
export const smallGrantSubject = (
  smallGrant: { id: string; title: string },
  institution: { slug: string },
): NotificationInput["subject"] => ({
  type: "SmallGrantCase",
  id: smallGrant.id,
  title: smallGrant.title,
  link: { pathname: "/institutions/[slug]/small-grants", params: { slug: institution.slug } },
});

export const smallGrantLinks: LinkResolver = async (refs, reader) => {
  const cases = await db().smallGrantCase.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: {
      id: true,
      publicSlug: true,
      offer: { select: { id: true, leadOrganisationId: true, institution: { select: { id: true, slug: true } } } },
    },
  });
  return linksFor(refs, new Map(cases.map((c) => [c.id, c])), (_ref, smallGrant): NotificationLink | null => {
    const { offer } = smallGrant;
    if (can(reader, "smallGrants.manage", { institutionId: offer.institution.id }))
      return { pathname: "/institutions/[slug]/small-grants", params: { slug: offer.institution.slug } };
    if (can(reader, "offers.view", { organisationId: offer.leadOrganisationId }))
      return { pathname: "/offers/[id]", params: { id: offer.id } };
    return smallGrant.publicSlug ? { pathname: "/small-grants/[slug]", params: { slug: smallGrant.publicSlug } } : null;
  });
};
