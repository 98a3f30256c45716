// What an organisation's page shows to the person reading it, asked by the
// browser after the page loads (components/organisations/organisation-viewer.tsx).
// The page itself is the same for everyone, so it is served from the page
// cache to signed-in people too (lib/http/page-cache.ts, SHARED); only this
// small answer is worked out per person: their role in the organisation, the
// follow button's state, the links to the pages they may edit, their own
// request to join, and the contacts shown to signed-in people or to members.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isFollowing } from "@/lib/notifications/subscriptions";
import { latestOwnRequest } from "@/lib/organisations/queries";
import { getPublicProfile } from "@/lib/organisations/profile/queries";
import type { OrganisationViewer } from "@/lib/organisations/viewer-types";

export type { OrganisationViewer };

/** The reader's view of the organisation `organisationId`; null when there is no such organisation. */
export async function organisationViewer(
  actor: Actor | null,
  organisationId: string,
): Promise<OrganisationViewer | null> {
  const organisation = await db().organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, verifiedAt: true },
  });
  if (!organisation) return null;
  if (!actor) return { signedIn: false };
  const scope = { organisationId: organisation.id };
  const membership = actor.organisations.find((m) => m.organisationId === organisation.id) ?? null;
  const mayViewMembers = can(actor, "organisation.members.view", scope);
  const mayRequestMembership = !membership && can(actor, "organisations.requestMembership");
  const [ownRequest, following, profile] = await Promise.all([
    mayRequestMembership ? latestOwnRequest(actor.id, scope) : null,
    isFollowing(actor.id, "Organisation", organisation.id),
    getPublicProfile(organisation.id, mayViewMembers ? "member" : "signedIn"),
  ]);
  if (!profile) return null;
  return {
    signedIn: true,
    role: membership?.role ?? null,
    mayActFor: organisation.verifiedAt !== null && can(actor, "organisation.actFor", scope),
    mayFollow: can(actor, "notifications.configure"),
    following,
    mayEdit: can(actor, "organisation.edit", scope),
    mayViewMembers,
    mayRequestMembership,
    ownRequest,
    contacts: {
      contacts: profile.contacts,
      contactPersons: profile.contactPersons,
      hiddenContacts: profile.hiddenContacts,
    },
  };
}
