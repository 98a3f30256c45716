// Moderators accept organisations' proposed documents into the library, or
// reject them with a reason the proposer is told; the same for a change an
// organisation makes to its accepted document (new description, new
// versions), which stays out of public view until accepted. The steps every
// decision shares are lib/moderation/publishing.ts; this file holds what is
// the library's own (its states, updates and notice).
import type { Actor } from "@/lib/auth/permissions";
import type { AuditAction } from "@/lib/audit/record";
import type { ActionMeta } from "@/lib/http/request-context";
import { Prisma, type LibraryDocument } from "@/lib/generated/prisma/client";
import { documentSubject, recordData, writeRelations } from "@/lib/library/mutations";
import type { ShownDocument } from "@/lib/library/queries";
import { pendingFieldsOf } from "@/lib/library/schemas";
import { decideOne, type PublishedKind, type Tx } from "@/lib/moderation/publishing";
import { notify } from "@/lib/notifications/notify";

export type LibraryModerationRefusal = "notProposed" | "noVersion" | "stale";
type Decision = "accepted" | "rejected";

/** A change to an accepted document waiting for a moderator (the accepted state is what the public sees). */
const isChange = (document: LibraryDocument) => document.review === "ACCEPTED" && document.changeReview === "PROPOSED";

const AUDIT_ACTIONS: Record<"proposal" | "change", Record<Decision, AuditAction>> = {
  proposal: { accepted: "library.accepted", rejected: "library.rejected" },
  change: { accepted: "library.change_accepted", rejected: "library.change_rejected" },
};

/** A change to an accepted document: accepted, it becomes the public state; rejected, it stays with its writer to correct. */
async function decideChange(
  tx: Tx,
  actor: Actor,
  document: LibraryDocument,
  decision: Decision,
  reason: string | null,
  now: Date,
): Promise<void> {
  if (decision === "accepted") {
    const fields = pendingFieldsOf(document.pendingFields);
    if (fields) {
      await tx.libraryDocument.update({ where: { id: document.id }, data: recordData(fields) });
      await writeRelations(tx, document, fields, { actor: null, userId: document.changeProposedById });
    }
    await tx.libraryDocumentVersion.updateMany({
      where: { documentId: document.id, review: "PROPOSED" },
      data: { review: "ACCEPTED" },
    });
    const current = await tx.libraryDocumentVersion.findFirst({
      where: { documentId: document.id, review: "ACCEPTED" },
      orderBy: { number: "desc" },
      select: { id: true },
    });
    await tx.libraryDocument.update({
      where: { id: document.id },
      data: {
        currentVersionId: current?.id ?? null,
        pendingFields: Prisma.DbNull,
        changeReview: null,
        changeNote: null,
        reviewedById: actor.id,
        reviewedAt: now,
      },
    });
  } else {
    await tx.libraryDocumentVersion.updateMany({
      where: { documentId: document.id, review: "PROPOSED" },
      data: { review: "REJECTED" },
    });
    await tx.libraryDocument.update({
      where: { id: document.id },
      data: { changeReview: "REJECTED", changeNote: reason, reviewedById: actor.id, reviewedAt: now },
    });
  }
}

/**
 * The versions a decision covers: a proposal's every version, a change's
 * those still waiting. They must be the ones the moderator was shown, and
 * nothing may have changed since (the organisation may replace its change or
 * add a file while the moderator reads it): otherwise the moderator looks again.
 */
async function isAsShown(tx: Tx, document: LibraryDocument, shown: ShownDocument): Promise<boolean> {
  const waiting = await tx.libraryDocumentVersion.findMany({
    where: { documentId: document.id, ...(isChange(document) ? { review: "PROPOSED" as const } : {}) },
    select: { id: true },
  });
  const listed = new Set(shown.versionIds);
  const sameVersions = waiting.length === listed.size && waiting.every((v) => listed.has(v.id));
  return document.updatedAt.toISOString() === shown.shownAt && sameVersions;
}

/** Library documents as the publishing path sees them. */
const libraryDocuments: PublishedKind<LibraryDocument, Decision, ShownDocument, LibraryModerationRefusal> = {
  table: "LibraryDocument",
  load: (tx, ids) => tx.libraryDocument.findMany({ where: { id: { in: ids } } }),
  idOf: (document) => document.id,
  decidesOnShown: (document) => document.review === "PROPOSED" || isChange(document),
  isAsShown,
  staleRefusal: "stale",
  refusal: (document, decision) => {
    if (document.review !== "PROPOSED" && !isChange(document)) return "notProposed";
    if (decision === "accepted" && !isChange(document) && !document.currentVersionId) return "noVersion";
    return null;
  },
  auditAction: (document, { decision }) => AUDIT_ACTIONS[isChange(document) ? "change" : "proposal"][decision],
  apply: async (tx, document, { actor, decision, reason, now }) => {
    if (isChange(document)) {
      await decideChange(tx, actor, document, decision, reason, now);
    } else {
      // A rejected proposal's versions stay with it: corrected, it comes back whole.
      if (decision === "accepted")
        await tx.libraryDocumentVersion.updateMany({
          where: { documentId: document.id },
          data: { review: "ACCEPTED" },
        });
      await tx.libraryDocument.update({
        where: { id: document.id },
        data: {
          review: decision === "accepted" ? "ACCEPTED" : "REJECTED",
          reviewNote: reason,
          reviewedById: actor.id,
          reviewedAt: now,
        },
      });
    }
    return { details: reason ? { reason } : {} };
  },
  notify: async (tx, document, { actor, decision, reason }) => {
    const writer = isChange(document) ? document.changeProposedById : document.proposedById;
    if (!writer) return;
    await notify(
      {
        type: "library.decided",
        subject: documentSubject(document),
        actor: { userId: actor.id },
        audience: { users: [writer] },
        data: { decision, reason: reason ?? "none" },
      },
      tx,
    );
  },
};

export const acceptDocument = (
  actor: Actor,
  documentId: string,
  shown: ShownDocument,
  meta: ActionMeta,
  now = new Date(),
) => decideOne(libraryDocuments, actor, documentId, { decision: "accepted", shown, now }, meta);

export const rejectDocument = (
  actor: Actor,
  documentId: string,
  reason: string,
  shown: ShownDocument,
  meta: ActionMeta,
  now = new Date(),
) => decideOne(libraryDocuments, actor, documentId, { decision: "rejected", shown, reason, now }, meta);
