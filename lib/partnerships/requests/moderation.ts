// Moderating partner requests, by the platform's one rule for changes
// (lib/partnerships/requests/changes.ts). They are public at once; the
// moderators' queue (/moderacja/partnerstwa) holds an organisation's new or
// changed requests to look at (accepting marks them reviewed), requests the
// blocked-word screen held before anyone saw them (accept publishes, reject
// with a reason its party is told), and changes it held on published requests
// (accept makes the change public, reject drops it while the public text
// stays), and closing notes it held on closed requests (accept shows the
// note, reject drops it: the request stays closed). Any published request
// may be hidden with a reason, and restored once the moderator has read what
// it says now. Every decision but hiding carries the fingerprint of what the
// moderator was shown and is refused if the party changed the request since.
// The steps every decision shares are lib/moderation/publishing.ts.
import type { Actor } from "@/lib/auth/permissions";
import type { AuditAction } from "@/lib/audit/record";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionMeta } from "@/lib/http/request-context";
import { decideOne, type PublishedKind } from "@/lib/moderation/publishing";
import { shownVersion } from "@/lib/moderation/shown-version";
import { tellParty } from "@/lib/partnerships/requests/audience";
import { partyOf } from "@/lib/partnerships/party";
import { heldClosingNoteOf, pendingRequestFieldsOf } from "@/lib/partnerships/requests/changes";
import { fieldProblems, requestColumns, writeRequestTopics } from "@/lib/partnerships/requests/mutations";
import { announcePartnerRequest } from "@/lib/partnerships/suggestions/announce";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type PartnerRequestModerationRefusal =
  | "notPublished"
  | "notHidden"
  | "changedSinceShown"
  | "notWaiting"
  | "changeAlreadyPublic"
  | "changeNoLongerFits"
  | "organisationNotVerified"
  | "requestClosed";
type Decision = "hidden" | "restored" | "accepted" | "rejected";

export const shownRequestSelect = {
  id: true,
  slug: true,
  title: true,
  initiative: true,
  callName: true,
  callUrl: true,
  partnerGives: true,
  partnerGets: true,
  budgetNote: true,
  timelineNote: true,
  closingNote: true,
  visibility: true,
  organisationId: true,
  institutionId: true,
  reviewRequestedAt: true,
  pendingFields: true,
  acceptedCount: true,
} as const satisfies Prisma.PartnerRequestSelect;
type ShownRequest = Prisma.PartnerRequestGetPayload<{ select: typeof shownRequestSelect }>;

/** Every field of a request's content beside its words: what its page and the moderators' queue both show. */
export const requestContentSelect = {
  ...shownRequestSelect,
  roles: true,
  partnerLegalForms: true,
  requiresPublicBenefit: true,
  welcomesLocalGovernment: true,
  radiusKm: true,
  neededCompetences: true,
  neededResources: true,
  offeredCompetences: true,
  offeredResources: true,
  budgetSharePercent: true,
  startsOn: true,
  endsOn: true,
  repliesCloseOn: true,
  maxPartners: true,
} as const satisfies Prisma.PartnerRequestSelect;

/** What a decision checks beyond what the moderator read: whether the request may still take it. */
const decisionSelect = {
  ...shownRequestSelect,
  status: true,
  openedAt: true,
  renewedAt: true,
  organisation: { select: { verifiedAt: true } },
} as const satisfies Prisma.PartnerRequestSelect;
type DecisionRequest = Prisma.PartnerRequestGetPayload<{ select: typeof decisionSelect }>;

/** The fingerprint of the request's words as the moderator reads them on its page. */
export function requestVersion(request: ShownRequest): string {
  return shownVersion([
    request.visibility,
    request.title,
    request.initiative,
    request.callName,
    request.callUrl,
    request.partnerGives,
    request.partnerGets,
    request.budgetNote,
    request.timelineNote,
    // The closing note is public too: one written while hidden must be seen before a restore.
    request.closingNote,
    // A held change, and any edit since the moderator looked (each one moves the review's time).
    request.pendingFields,
    request.reviewRequestedAt,
  ]);
}

/** Held before anyone saw it. */
const isHeldRequest = (request: ShownRequest) => request.visibility === "PENDING";
/** A change to a published request held for a moderator. */
const isHeldChange = (request: ShownRequest) => request.visibility === "PUBLISHED" && request.pendingFields !== null;
/** Published and waiting to be looked at (new or changed since reviewed), nothing of it held. */
const isToReview = (request: ShownRequest) =>
  request.visibility === "PUBLISHED" && request.reviewRequestedAt !== null && request.pendingFields === null;
const isWaiting = (request: ShownRequest) => isHeldRequest(request) || isHeldChange(request) || isToReview(request);

const AUDIT: Record<Decision, AuditAction> = {
  hidden: "partnership.request_hidden",
  restored: "partnership.request_restored",
  accepted: "partnership.request_accepted",
  rejected: "partnership.request_rejected",
};

const decided = (actor: Actor, now: Date) => ({ moderatedById: actor.id, moderatedAt: now });

/** What the party is told of a decision (notifications' `decision`); null: nothing new to them. */
function noticeOf(request: ShownRequest, decision: Decision): string | null {
  if (decision === "hidden" || decision === "restored") return decision;
  if (isHeldRequest(request)) return decision === "accepted" ? "published" : "rejected";
  // A held closing note is told as such: "the changes" would send the party looking for an edit it never made.
  if (isHeldChange(request) && heldClosingNoteOf(request.pendingFields) !== null)
    return decision === "accepted" ? "closingNoteAccepted" : "closingNoteRejected";
  if (isHeldChange(request)) return decision === "accepted" ? "changeAccepted" : "changeRejected";
  // Looked at and kept: the party's request stands as they wrote it.
  return null;
}

/** An organisation that is no longer verified: its requests left the lists, and it could not post or edit them now. */
const lapsed = (request: DecisionRequest) => request.organisation !== null && request.organisation.verifiedAt === null;

const requests: PublishedKind<DecisionRequest, Decision, string, PartnerRequestModerationRefusal> = {
  table: "PartnerRequest",
  load: (tx, ids) => tx.partnerRequest.findMany({ where: { id: { in: ids } }, select: decisionSelect }),
  idOf: (request) => request.id,
  // Hiding applies whatever the text says; every other decision applies to what the moderator read.
  decidesOnShown: (request, decision) =>
    decision === "restored" ? request.visibility === "HIDDEN" : decision !== "hidden" && isWaiting(request),
  isAsShown: (_tx, request, shown) => requestVersion(request) === shown,
  staleRefusal: "changedSinceShown",
  refusal: (request, decision) => {
    if (decision === "hidden") return request.visibility === "PUBLISHED" ? null : "notPublished";
    if (decision === "restored") return request.visibility === "HIDDEN" ? null : "notHidden";
    if (!isWaiting(request)) return "notWaiting";
    // Public already (applied, looked at afterwards): "rejecting" it would leave it public while telling the
    // party otherwise. The moderator keeps it, or hides the request with a reason.
    if (decision === "rejected" && isToReview(request)) return "changeAlreadyPublic";
    // Publishing a held request needs what posting it needed.
    if (decision === "accepted" && isHeldRequest(request) && lapsed(request)) return "organisationNotVerified";
    // A held closing note may be accepted on the closed request it belongs to; a held change of the fields may not.
    if (decision === "accepted" && isHeldChange(request) && heldClosingNoteOf(request.pendingFields) === null) {
      if (request.status === "CLOSED") return "requestClosed";
      if (lapsed(request)) return "organisationNotVerified";
      const fields = pendingRequestFieldsOf(request.pendingFields);
      // Partners accepted meanwhile beyond the change's count (a CHECK would refuse it too), or no longer valid.
      if (!fields || fields.maxPartners < request.acceptedCount) return "changeNoLongerFits";
    }
    return null;
  },
  auditAction: (_request, { decision }) => AUDIT[decision],
  apply: async (tx, request, { actor, decision, reason, now }) => {
    const where = { id: request.id };
    if (decision === "hidden" || decision === "restored") {
      await tx.partnerRequest.update({
        where,
        data:
          decision === "hidden"
            ? { visibility: "HIDDEN", moderationNote: reason, ...decided(actor, now) }
            : {
                visibility: "PUBLISHED",
                moderationNote: null,
                // Restored on what it says now (the fingerprint): looked at, unless a change of it is still held.
                ...(request.pendingFields === null ? { reviewRequestedAt: null } : {}),
                ...decided(actor, now),
              },
      });
      return { details: decision === "hidden" ? { reason } : {} };
    }
    const reviewed = { reviewRequestedAt: null, ...decided(actor, now) };
    if (isHeldRequest(request)) {
      await tx.partnerRequest.update({
        where,
        data:
          decision === "accepted"
            ? { visibility: "PUBLISHED", moderationNote: null, ...reviewed }
            : { visibility: "REJECTED", moderationNote: reason, ...reviewed },
      });
      // Now public: the organisations it fits that asked to hear of such requests are told.
      if (decision === "accepted") await announcePartnerRequest(request.id, tx);
      return { details: decision === "accepted" ? { held: true } : { held: true, reason } };
    }
    if (isHeldChange(request)) {
      const note = heldClosingNoteOf(request.pendingFields);
      const fields = decision === "accepted" && note === null ? pendingRequestFieldsOf(request.pendingFields) : null;
      if (fields) {
        // Checked again under the row lock, as an edit is: its closing day may have passed, a sphere or a
        // territory may be gone since it was held.
        const problems = await fieldProblems(tx, fields, partyOf(request)!, request.renewedAt ?? request.openedAt, now);
        if (problems.length > 0) throw new RuleRefusal<PartnerRequestModerationRefusal>("changeNoLongerFits");
        await tx.partnerRequest.update({ where, data: requestColumns(fields) });
        await writeRequestTopics(tx, request.id, fields);
      }
      await tx.partnerRequest.update({
        where,
        data: {
          pendingFields: Prisma.DbNull,
          changeNote: decision === "rejected" ? reason : null,
          ...(decision === "accepted" && note !== null ? { closingNote: note } : {}),
          ...reviewed,
        },
      });
      const what = note === null ? { change: true } : { closingNote: true };
      return { details: decision === "accepted" ? what : { ...what, reason } };
    }
    await tx.partnerRequest.update({ where, data: reviewed });
    return { details: { reviewed: true } };
  },
  notify: async (tx, request, { actor, decision, reason }) => {
    const notice = noticeOf(request, decision);
    if (!notice) return;
    await tellParty(tx, request, "partnership.request_moderated", actor.id, {
      decision: notice,
      reason: reason ?? "none",
    });
  },
};

export async function hidePartnerRequest(
  actor: Actor,
  requestId: string,
  reason: string,
  meta: ActionMeta,
  now = new Date(),
): Promise<void> {
  await decideOne(requests, actor, requestId, { decision: "hidden", reason, now }, meta);
}

export async function restorePartnerRequest(
  actor: Actor,
  requestId: string,
  shown: string,
  meta: ActionMeta,
  now = new Date(),
): Promise<void> {
  await decideOne(requests, actor, requestId, { decision: "restored", shown, now }, meta);
}

/** Accepts what the moderator was shown (`shown`: its fingerprint): publishes it, makes its change public, or marks it reviewed. */
export async function acceptPartnerRequest(
  actor: Actor,
  requestId: string,
  shown: string,
  meta: ActionMeta,
  now = new Date(),
): Promise<void> {
  await decideOne(requests, actor, requestId, { decision: "accepted", shown, now }, meta);
}

/** Turns down a held request or a held change, with a reason its party is told; the public text stays. */
export async function rejectPartnerRequest(
  actor: Actor,
  requestId: string,
  shown: string,
  reason: string,
  meta: ActionMeta,
  now = new Date(),
): Promise<void> {
  await decideOne(requests, actor, requestId, { decision: "rejected", shown, reason, now }, meta);
}
