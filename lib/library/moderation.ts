// Moderators accept organisations' proposed documents into the library, or
// reject them with a reason the proposer is told; the same for a change an
// organisation makes to its accepted document (new description, new
// versions), which stays out of public view until accepted.
import type { Actor } from "@/lib/auth/permissions";
import { requireModerator } from "@/lib/auth/moderators";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { Prisma, type LibraryDocument } from "@/lib/generated/prisma/client";
import { documentSubject, recordData, writeRelations } from "@/lib/library/mutations";
import { pendingFieldsOf } from "@/lib/library/schemas";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";

type Meta = { ip: string | null };
type Tx = Prisma.TransactionClient;
export type LibraryModerationRefusal = "notProposed" | "noVersion" | "stale";

const versionSelect = { id: true, number: true, file: { select: { kind: true, size: true } } } as const;

/**
 * New documents and changes to accepted ones, the longest waiting first, each
 * with every version no moderator has accepted yet: a proposal's are all its
 * versions (whatever an older upload was marked), a change's are those still
 * PROPOSED. The queue lists them all, since a decision covers them all.
 */
export async function proposedDocuments(limit = 100) {
  const rows = await db().libraryDocument.findMany({
    where: { OR: [{ review: "PROPOSED" }, { changeReview: "PROPOSED" }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      kind: true,
      review: true,
      createdAt: true,
      updatedAt: true,
      pendingFields: true,
      changeProposedAt: true,
      organisation: { select: { name: true } },
      proposedBy: { select: { name: true } },
      changeProposedBy: { select: { name: true } },
      versions: { orderBy: { number: "desc" }, select: { ...versionSelect, review: true } },
    },
  });
  return rows
    .map(({ pendingFields, versions, ...row }) => {
      const unreviewed = versions
        .filter((v) => row.review !== "ACCEPTED" || v.review === "PROPOSED")
        .map(({ review: _r, ...v }) => v);
      // Sent back with the decision: what the moderator was shown (lib/library/schemas.ts documentDecisionSchema).
      const shown = { shownAt: row.updatedAt.toISOString(), versionIds: unreviewed.map((v) => v.id) };
      return { ...row, change: row.review === "ACCEPTED" ? pendingFieldsOf(pendingFields) : null, unreviewed, shown };
    })
    .sort(
      (a, b) =>
        (a.review === "ACCEPTED" ? a.changeProposedAt! : a.createdAt).getTime() -
        (b.review === "ACCEPTED" ? b.changeProposedAt! : b.createdAt).getTime(),
    );
}
export type ProposedDocument = Awaited<ReturnType<typeof proposedDocuments>>[number];

/** What the moderator saw when deciding: the document as it stood (its last change) and the versions listed. */
export type Shown = { shownAt: string; versionIds: string[] };

type Decision = "accepted" | "rejected";

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
async function checkShown(tx: Tx, document: LibraryDocument, change: boolean, shown: Shown): Promise<void> {
  const waiting = await tx.libraryDocumentVersion.findMany({
    where: { documentId: document.id, ...(change ? { review: "PROPOSED" as const } : {}) },
    select: { id: true },
  });
  const listed = new Set(shown.versionIds);
  const sameVersions = waiting.length === listed.size && waiting.every((v) => listed.has(v.id));
  if (document.updatedAt.toISOString() !== shown.shownAt || !sameVersions)
    throw new RuleRefusal<LibraryModerationRefusal>("stale");
}

async function decide(
  actor: Actor,
  documentId: string,
  decision: Decision,
  reason: string | null,
  shown: Shown,
  meta: Meta,
  now: Date,
): Promise<void> {
  requireModerator(actor);
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "LibraryDocument" WHERE id = ${documentId} FOR UPDATE`;
    const document = await tx.libraryDocument.findUnique({ where: { id: documentId } });
    if (!document) throw new AppError("NOT_FOUND", `library document ${documentId}`);
    const change = document.review === "ACCEPTED" && document.changeReview === "PROPOSED";
    if (document.review !== "PROPOSED" && !change) throw new RuleRefusal<LibraryModerationRefusal>("notProposed");
    await checkShown(tx, document, change, shown);
    if (change) {
      await decideChange(tx, actor, document, decision, reason, now);
    } else {
      if (decision === "accepted" && !document.currentVersionId)
        throw new RuleRefusal<LibraryModerationRefusal>("noVersion");
      // A rejected proposal's versions stay with it: corrected, it comes back whole.
      if (decision === "accepted")
        await tx.libraryDocumentVersion.updateMany({ where: { documentId }, data: { review: "ACCEPTED" } });
      await tx.libraryDocument.update({
        where: { id: documentId },
        data: {
          review: decision === "accepted" ? "ACCEPTED" : "REJECTED",
          reviewNote: reason,
          reviewedById: actor.id,
          reviewedAt: now,
        },
      });
    }
    const action = change
      ? decision === "accepted"
        ? "library.change_accepted"
        : "library.change_rejected"
      : decision === "accepted"
        ? "library.accepted"
        : "library.rejected";
    await recordAuditEvent(
      {
        action,
        actorUserId: actor.id,
        subjectType: "LibraryDocument",
        subjectId: documentId,
        ipAddress: meta.ip,
        details: reason ? { reason } : {},
      },
      tx,
    );
    const writer = change ? document.changeProposedById : document.proposedById;
    if (writer) {
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
    }
  });
  await dispatchNotifications();
}

export const acceptDocument = (actor: Actor, documentId: string, shown: Shown, meta: Meta, now = new Date()) =>
  decide(actor, documentId, "accepted", null, shown, meta, now);
export const rejectDocument = (
  actor: Actor,
  documentId: string,
  reason: string,
  shown: Shown,
  meta: Meta,
  now = new Date(),
) => decide(actor, documentId, "rejected", reason, shown, meta, now);
