// Who hears of a partner request's life: its author party (the
// organisation's owners and editors, or the office's officials), when a
// moderator decides on it and when it expires; the moderators, when the
// blocked-word screen holds it or a change to it. Notices are stored in the
// caller's transaction (lib/notifications/notify.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify, type Audience, type NotificationInput } from "@/lib/notifications/notify";
import type { NotificationType } from "@/lib/notifications/types";
import type { RequestParty } from "@/lib/partnerships/requests/policy";

export const partnerRequestSubject = (request: {
  id: string;
  slug: string;
  title: string;
}): NotificationInput["subject"] => ({
  type: "PartnerRequest",
  id: request.id,
  title: request.title,
  link: { pathname: "/partnerships/[slug]", params: { slug: request.slug } },
});

/** Those who act for the party: the same people policy.ts lets edit, close and renew the request. */
export function partyAudience(party: RequestParty): Audience {
  return party.organisationId
    ? { organisations: [{ id: party.organisationId, roles: ["OWNER", "EDITOR"] }] }
    : { institutions: [{ id: party.institutionId!, roles: ["ADMINISTRATOR", "OFFICIAL"] }] };
}

export async function tellParty(
  tx: Prisma.TransactionClient,
  request: RequestParty & { id: string; slug: string; title: string },
  type: Extract<NotificationType, `partnership.${string}`>,
  actorUserId: string | null,
  data: Record<string, string> = {},
): Promise<void> {
  await notify(
    {
      type,
      subject: partnerRequestSubject(request),
      actor: { userId: actorUserId },
      audience: partyAudience(request),
      data,
    },
    tx,
  );
}

/** Tells the moderators that a request, or a change to a published one, waits for them (held by the blocked-word screen). */
export async function tellRequestModerators(
  tx: Prisma.TransactionClient,
  request: RequestParty & { id: string; slug: string; title: string; authorId: string | null },
): Promise<void> {
  await notify(
    {
      type: "partnership.request_held",
      subject: partnerRequestSubject(request),
      actor: { userId: request.authorId, organisationId: request.organisationId, institutionId: request.institutionId },
      audience: { platformRoles: ["MODERATOR", "ADMINISTRATOR"] },
    },
    tx,
  );
}
