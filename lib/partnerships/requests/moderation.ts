// Moderating partner requests. They are public at once (only verified
// organisations and offices post them); a moderator may hide one with a
// reason its party is told, and restore it once they have read what it says
// now: the restore carries the fingerprint of the text the moderator was
// shown and is refused if the party changed it since. The steps every
// decision shares are lib/moderation/publishing.ts.
import type { Actor } from "@/lib/auth/permissions";
import type { AuditAction } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionMeta } from "@/lib/http/request-context";
import { decideOne, type PublishedKind } from "@/lib/moderation/publishing";
import { shownVersion } from "@/lib/moderation/shown-version";
import { tellParty } from "@/lib/partnerships/requests/audience";

export type PartnerRequestModerationRefusal = "notPublished" | "notHidden" | "changedSinceShown";
type Decision = "hidden" | "restored";

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
} as const satisfies Prisma.PartnerRequestSelect;
type ShownRequest = Prisma.PartnerRequestGetPayload<{ select: typeof shownRequestSelect }>;

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
  ]);
}

const AUDIT: Record<Decision, AuditAction> = {
  hidden: "partnership.request_hidden",
  restored: "partnership.request_restored",
};

const requests: PublishedKind<ShownRequest, Decision, string, PartnerRequestModerationRefusal> = {
  table: "PartnerRequest",
  load: (tx, ids) => tx.partnerRequest.findMany({ where: { id: { in: ids } }, select: shownRequestSelect }),
  idOf: (request) => request.id,
  // Hiding applies whatever the text says; restoring a hidden request puts back what the moderator read.
  decidesOnShown: (request, decision) => decision === "restored" && request.visibility === "HIDDEN",
  isAsShown: (_tx, request, shown) => requestVersion(request) === shown,
  staleRefusal: "changedSinceShown",
  refusal: (request, decision) => {
    if (decision === "hidden") return request.visibility === "PUBLISHED" ? null : "notPublished";
    return request.visibility === "HIDDEN" ? null : "notHidden";
  },
  auditAction: (_request, { decision }) => AUDIT[decision],
  apply: async (tx, request, { actor, decision, reason, now }) => {
    await tx.partnerRequest.update({
      where: { id: request.id },
      data:
        decision === "hidden"
          ? { visibility: "HIDDEN", moderationNote: reason, moderatedById: actor.id, moderatedAt: now }
          : { visibility: "PUBLISHED", moderationNote: null, moderatedById: actor.id, moderatedAt: now },
    });
    return { details: decision === "hidden" ? { reason } : {} };
  },
  notify: (tx, request, { actor, decision, reason }) =>
    tellParty(tx, request, "partnership.request_moderated", actor.id, { decision, reason: reason ?? "none" }),
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
