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
import { contactsFor, contactsSelect } from "@/lib/organisations/profile/queries";
import type { OrganisationViewer } from "@/lib/organisations/viewer-types";

export type { OrganisationViewer };

/** The reader's view of the organisation `organisationId`; null when there is no such organisation. */
export async function organisationViewer(
  actor: Actor | null,
  organisationId: string,
): Promise<OrganisationViewer | null> {
  // Asked on every view of the page, a visitor's too: one read for them, three side by side for a member.
  if (!actor)
    return (await db().organisation.count({ where: { id: organisationId } })) > 0 ? { signedIn: false } : null;
  const scope = { organisationId };
  const membership = actor.organisations.find((m) => m.organisationId === organisationId) ?? null;
  const mayRequestMembership = !membership && can(actor, "organisations.requestMembership");
  const [organisation, ownRequest, following] = await Promise.all([
    db().organisation.findUnique({ where: { id: organisationId }, select: { verifiedAt: true, ...contactsSelect } }),
    mayRequestMembership ? latestOwnRequest(actor.id, scope) : null,
    isFollowing(actor.id, "Organisation", organisationId),
  ]);
  if (!organisation) return null;
  const mayViewMembers = can(actor, "organisation.members.view", scope);
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
    contacts: contactsFor(organisation, mayViewMembers ? "member" : "signedIn"),
  };
}
