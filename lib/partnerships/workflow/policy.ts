// The partnership's life: PROPOSED when the author accepted an interest,
// FORMED once both sides confirmed, COMPLETED when either side marked the
// project done, ENDED when either side withdrew before it was formed. Shown
// on the public profiles only with both sides' consent, and only once formed.
import type { PartnershipStatus } from "@/lib/generated/prisma/enums";
import type { Party } from "@/lib/partnerships/party";
import { dayText, warsawDay } from "@/lib/partnerships/requests/dates";
import type { PartnershipSide } from "@/lib/partnerships/workflow/schemas";

export type PartnershipRefusal =
  "notProposed" | "alreadyConfirmed" | "notFormed" | "alreadyCompleted" | "beforeProjectEnd";

export interface PartnershipSides {
  requesterOrganisationId: string | null;
  requesterInstitutionId: string | null;
  partnerOrganisationId: string | null;
  partnerInstitutionId: string | null;
}

/** The party standing on the side named. */
export function partyOnSide(row: PartnershipSides, side: PartnershipSide): Party | null {
  const organisationId = side === "requester" ? row.requesterOrganisationId : row.partnerOrganisationId;
  const institutionId = side === "requester" ? row.requesterInstitutionId : row.partnerInstitutionId;
  if (organisationId) return { kind: "organisation", id: organisationId };
  if (institutionId) return { kind: "institution", id: institutionId };
  return null;
}

export const canConfirm = (status: PartnershipStatus) => status === "PROPOSED";
export const canEnd = (status: PartnershipStatus) => status === "PROPOSED";
export const canComplete = (status: PartnershipStatus) => status === "FORMED" || status === "COMPLETED";

/**
 * Whether the project, by its request's end date, still runs on `now`'s
 * Polish day: marking the partnership completed then needs the side's explicit
 * word that it ended early (a completion feeds the track record).
 */
export const projectStillRuns = (endsOn: Date | null, now: Date) => endsOn !== null && dayText(endsOn) > warsawDay(now);

/** Shown on the public profiles: formed (or completed) and consented to by both sides. */
export const isShownPublicly = (row: {
  status: PartnershipStatus;
  requesterShowsPublicly: boolean;
  partnerShowsPublicly: boolean;
}) => (row.status === "FORMED" || row.status === "COMPLETED") && row.requesterShowsPublicly && row.partnerShowsPublicly;
