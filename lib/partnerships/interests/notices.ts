// Whom the workflow's notifications reach: a side's people who act for it in
// partnerships now (an organisation's owners and editors, an office's officials).
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify, type Audience } from "@/lib/notifications/notify";
import type { NotificationType } from "@/lib/notifications/types";
import type { requestWorkflowNoticeTypes } from "@/lib/partnerships/interests/notification-links";
import type { Party } from "@/lib/partnerships/party";

/**
 * The people who act for the side now. The person who wrote the request or
 * the interest is not added: once they leave or lose their role, they hear
 * no more of it.
 */
export function partyAudience(party: Party): Audience {
  return party.kind === "organisation"
    ? { organisations: [{ id: party.id, roles: ["OWNER", "EDITOR"] }] }
    : { institutions: [{ id: party.id, roles: ["ADMINISTRATOR", "OFFICIAL"] }] };
}

/** A notice about a request (interests received or decided, the request closed), leading to it. */
export function notifyAboutRequest(
  tx: Prisma.TransactionClient,
  type: (typeof requestWorkflowNoticeTypes)[number],
  request: { id: string; slug: string; title: string },
  actor: { userId: string | null; party: Party | null },
  audience: Audience,
  data: Record<string, string> = {},
) {
  return notify(
    {
      type,
      subject: {
        type: "PartnerRequest",
        id: request.id,
        title: request.title,
        link: { pathname: "/partnerships/[slug]", params: { slug: request.slug } },
      },
      actor: {
        userId: actor.userId,
        organisationId: actor.party?.kind === "organisation" ? actor.party.id : null,
        institutionId: actor.party?.kind === "institution" ? actor.party.id : null,
      },
      audience,
      data,
    },
    tx,
  );
}

/** A notice about a partnership (proposed, formed) to both sides, leading to "my partnerships". */
export function notifyAboutPartnership(
  tx: Prisma.TransactionClient,
  type: Extract<NotificationType, `partnership.${string}`>,
  partnership: { id: string; requestTitle: string; requester: Party; partner: Party },
  actorUserId: string | null,
) {
  const requester = partyAudience(partnership.requester);
  const partner = partyAudience(partnership.partner);
  return notify(
    {
      type,
      subject: {
        type: "Partnership",
        id: partnership.id,
        title: partnership.requestTitle,
        link: { pathname: "/partnerships/mine" },
      },
      actor: { userId: actorUserId },
      audience: {
        organisations: [...(requester.organisations ?? []), ...(partner.organisations ?? [])],
        institutions: [...(requester.institutions ?? []), ...(partner.institutions ?? [])],
      },
    },
    tx,
  );
}
