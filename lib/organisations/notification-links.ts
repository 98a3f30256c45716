// Where notices about organisations and offices lead: join requests and
// accepted invitations to the members' (or officials') page, everything else
// to the public profile. An organisation or office that is gone leads nowhere.
import { db } from "@/lib/db/client";
import { linksFor, subjectIds, type LinkResolver, type NotificationLink } from "@/lib/notifications/links";

export const organisationLinks: LinkResolver = async (refs) => {
  const organisations = await db().organisation.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: { id: true, slug: true },
  });
  return linksFor(refs, new Map(organisations.map((o) => [o.id, o])), (ref, organisation): NotificationLink => {
    const params = { slug: organisation.slug };
    const toMembers = ref.type === "membership.requested" || ref.type === "organisation.invitation_accepted";
    return toMembers
      ? { pathname: "/organisations/[slug]/members", params }
      : { pathname: "/organisations/[slug]", params };
  });
};

export const institutionLinks: LinkResolver = async (refs) => {
  const institutions = await db().institution.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: { id: true, slug: true },
  });
  return linksFor(refs, new Map(institutions.map((i) => [i.id, i])), (ref, institution): NotificationLink => {
    const params = { slug: institution.slug };
    return ref.type === "membership.requested"
      ? { pathname: "/institutions/[slug]/officials", params }
      : { pathname: "/institutions/[slug]", params };
  });
};
