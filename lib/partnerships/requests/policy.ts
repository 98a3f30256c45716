// Who may do what with a partner request. A request belongs to its author
// party, an organisation or an office: that party's owners and editors (or
// its officials, with two-factor authentication) edit, close and renew it,
// whoever of them wrote it. Published requests are public; a hidden one is
// seen only by its party and the moderators. Only a verified organisation
// posts requests (lib/partnerships/requests/mutations.ts).
import { can, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerRequestStatus, PartnerRequestVisibility } from "@/lib/generated/prisma/enums";
import { mayActFor, partyOf } from "@/lib/partnerships/party";
import { dayText } from "@/lib/partnerships/requests/dates";

export type RequestParty = { organisationId: string | null; institutionId: string | null };
export type RequestAccessFacts = RequestParty & {
  status: PartnerRequestStatus;
  visibility: PartnerRequestVisibility;
};

/** Whether the person acts for the request's author party (owner or editor; official with 2FA). */
export function actsForParty(viewer: Actor | null, request: RequestParty): boolean {
  const party = partyOf(request);
  return party !== null && mayActFor(viewer, party);
}

export function mayViewRequest(viewer: Actor | null, request: RequestAccessFacts): boolean {
  if (request.visibility === "PUBLISHED") return true;
  return can(viewer, "content.moderate") || actsForParty(viewer, request);
}

/** Editing: the party, while the request is not closed (a hidden one may be corrected, then restored by a moderator). */
export function mayEditRequest(viewer: Actor | null, request: RequestAccessFacts): boolean {
  return request.status !== "CLOSED" && actsForParty(viewer, request);
}

/** Closing: an open or expired request, by its party. */
export const mayCloseRequest = mayEditRequest;

/** Renewing: an open or expired request, by its party (a new closing day within the longest period). */
export const mayRenewRequest = mayEditRequest;

/**
 * Whether the request stands in the public lists on `today` (Polish day,
 * "YYYY-MM-DD"): published, open, and its closing day not passed. The expiry
 * job marks such requests EXPIRED within the hour; the day check keeps them
 * out meanwhile.
 */
export function isListed(
  request: {
    status: PartnerRequestStatus;
    visibility: PartnerRequestVisibility;
    repliesCloseOn: Date;
    /** False when the author is an organisation no longer verified: its requests leave the lists. */
    authorVerified?: boolean;
  },
  today: string,
): boolean {
  return (
    request.visibility === "PUBLISHED" &&
    request.status === "OPEN" &&
    request.authorVerified !== false &&
    dayText(request.repliesCloseOn) >= today
  );
}

/**
 * The same rule as a Prisma filter, for the lists, feeds and API (`today`:
 * the Polish day). An organisation's request stands only while the
 * organisation is verified: posting needs verification, and so does staying up.
 */
export function listedWhere(today: string): Prisma.PartnerRequestWhereInput {
  return {
    visibility: "PUBLISHED",
    status: "OPEN",
    repliesCloseOn: { gte: new Date(`${today}T00:00:00Z`) },
    OR: [{ institutionId: { not: null } }, { organisation: { verifiedAt: { not: null } } }],
  };
}

/** Whether interest may be expressed now: listed, and fewer partners accepted than wanted. */
export function takesInterest(
  request: Parameters<typeof isListed>[0] & { acceptedCount: number; maxPartners: number },
  today: string,
): boolean {
  return isListed(request, today) && request.acceptedCount < request.maxPartners;
}
