// Moderators accept organisations' proposed documents into the library, or
// reject them with a reason the proposer is told.
import type { Actor } from "@/lib/auth/permissions";
import { requireModerator } from "@/lib/auth/moderators";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { RuleRefusal } from "@/lib/forms/refusals";
import { documentSubject } from "@/lib/library/mutations";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";

type Meta = { ip: string | null };
export type LibraryModerationRefusal = "notProposed" | "noVersion";


export async function proposedDocuments(limit = 100) {
  return db().libraryDocument.findMany({
    where: { review: "PROPOSED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      kind: true,
      createdAt: true,
      organisation: { select: { name: true } },
      proposedBy: { select: { name: true } },
      currentVersion: { select: { id: true, number: true, file: { select: { kind: true, size: true } } } },
    },
  });
}
export type ProposedDocument = Awaited<ReturnType<typeof proposedDocuments>>[number];

async function decide(actor: Actor, documentId: string, decision: "accepted" | "rejected", reason: string | null, meta: Meta, now: Date): Promise<void> {
  requireModerator(actor);
  await db().$transaction(async (tx) => {
    const document = await tx.libraryDocument.findUnique({ where: { id: documentId } });
    if (!document) throw new AppError("NOT_FOUND", `library document ${documentId}`);
    if (document.review !== "PROPOSED") throw new RuleRefusal<LibraryModerationRefusal>("notProposed");
    if (decision === "accepted" && !document.currentVersionId) throw new RuleRefusal<LibraryModerationRefusal>("noVersion");
    await tx.libraryDocument.update({ where: { id: documentId }, data: { review: decision === "accepted" ? "ACCEPTED" : "REJECTED", reviewNote: reason, reviewedById: actor.id, reviewedAt: now } });
    await recordAuditEvent({ action: decision === "accepted" ? "library.accepted" : "library.rejected", actorUserId: actor.id, subjectType: "LibraryDocument", subjectId: documentId, ipAddress: meta.ip, details: reason ? { reason } : {} }, tx);
    if (document.proposedById) {
      await notify({ type: "library.decided", subject: documentSubject(document), actor: { userId: actor.id }, audience: { users: [document.proposedById] }, data: { decision, reason: reason ?? "none" } }, tx);
    }
  });
  await dispatchNotifications();
}

export const acceptDocument = (actor: Actor, documentId: string, meta: Meta, now = new Date()) => decide(actor, documentId, "accepted", null, meta, now);
export const rejectDocument = (actor: Actor, documentId: string, reason: string, meta: Meta, now = new Date()) => decide(actor, documentId, "rejected", reason, meta, now);
