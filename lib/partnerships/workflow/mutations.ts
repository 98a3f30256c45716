// A partnership's sides confirming it, consenting to show it, ending it before
// it is formed, and marking it completed. Each write names its side's columns
// and re-reads the partnership under a row lock (FOR UPDATE), so the second
// confirmation of two at once sees the first and forms the partnership.
import "server-only";
import { recordAuditEvent, type AuditAction } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionMeta } from "@/lib/http/request-context";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { actingFor } from "@/lib/partnerships/interests/mutations";
import { notifyAboutPartnership } from "@/lib/partnerships/interests/notices";
import type { Party } from "@/lib/partnerships/party";
import {
  canComplete,
  canConfirm,
  canEnd,
  partyOnSide,
  projectStillRuns,
  type PartnershipRefusal,
} from "@/lib/partnerships/workflow/policy";
import type { PartnershipSide } from "@/lib/partnerships/workflow/schemas";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

async function lockPartnership(tx: Prisma.TransactionClient, partnershipId: string) {
  await tx.$queryRaw`SELECT id FROM "Partnership" WHERE id = ${partnershipId} FOR UPDATE`;
  return tx.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    include: { request: { select: { id: true, title: true, endsOn: true } } },
  });
}

const column = (side: PartnershipSide, field: "ConfirmedAt" | "ShowsPublicly" | "CompletedAt" | "WouldAgain") =>
  `${side}${field}` as const;

function audit(
  tx: Prisma.TransactionClient,
  action: AuditAction,
  actorId: string,
  party: Party,
  partnershipId: string,
  meta: ActionMeta,
  details: Prisma.InputJsonValue,
) {
  return recordAuditEvent(
    {
      action,
      actorUserId: actorId,
      ...actingFor(party),
      subjectType: "Partnership",
      subjectId: partnershipId,
      ipAddress: meta.ip,
      details,
    },
    tx,
  );
}

/** One side confirms (with its consent to show it publicly); with both confirmed the partnership is FORMED. */
export async function confirmPartnership(
  actorId: string,
  party: Party,
  input: { partnershipId: string; side: PartnershipSide; showPublicly: boolean },
  meta: ActionMeta,
): Promise<{ formed: boolean }> {
  const formed = await db().$transaction(async (tx) => {
    const row = await lockPartnership(tx, input.partnershipId);
    if (!canConfirm(row.status)) throw new RuleRefusal<PartnershipRefusal>("notProposed");
    if (row[column(input.side, "ConfirmedAt")]) throw new RuleRefusal<PartnershipRefusal>("alreadyConfirmed");
    const now = new Date();
    const other = input.side === "requester" ? row.partnerConfirmedAt : row.requesterConfirmedAt;
    const both = other !== null;
    await tx.partnership.update({
      where: { id: row.id },
      data: {
        [column(input.side, "ConfirmedAt")]: now,
        [column(input.side, "ShowsPublicly")]: input.showPublicly,
        ...(both ? { status: "FORMED", formedAt: now } : {}),
      },
    });
    await audit(tx, "partnership.confirmed", actorId, party, row.id, meta, {
      side: input.side,
      showPublicly: input.showPublicly,
    });
    if (both) {
      await audit(tx, "partnership.formed", actorId, party, row.id, meta, {});
      await notifyAboutPartnership(
        tx,
        "partnership.formed",
        {
          id: row.id,
          requestTitle: row.request.title,
          requester: partyOnSide(row, "requester")!,
          partner: partyOnSide(row, "partner")!,
        },
        actorId,
      );
    }
    return both;
  });
  if (formed) await dispatchNotifications();
  return { formed };
}

/** A side changes its consent to show the partnership on the public profiles (any time after confirming). */
export async function setPartnershipConsent(
  actorId: string,
  party: Party,
  input: { partnershipId: string; side: PartnershipSide; showPublicly: boolean },
  meta: ActionMeta,
) {
  await db().$transaction(async (tx) => {
    const row = await lockPartnership(tx, input.partnershipId);
    if (row.status === "ENDED") throw new RuleRefusal<PartnershipRefusal>("notProposed");
    await tx.partnership.update({
      where: { id: row.id },
      data: { [column(input.side, "ShowsPublicly")]: input.showPublicly },
    });
    await audit(tx, "partnership.consent_changed", actorId, party, row.id, meta, {
      side: input.side,
      showPublicly: input.showPublicly,
    });
  });
}

/**
 * Either side withdraws before the partnership is formed: ENDED, and the
 * request's place it took is free again for another accepted interest.
 */
export async function endPartnership(
  actorId: string,
  party: Party,
  input: { partnershipId: string; side: PartnershipSide },
  meta: ActionMeta,
) {
  await db().$transaction(async (tx) => {
    const { requestId } = await tx.partnership.findUniqueOrThrow({
      where: { id: input.partnershipId },
      select: { requestId: true },
    });
    // The request's row first, as every accept takes it, then the partnership's.
    await tx.$queryRaw`SELECT id FROM "PartnerRequest" WHERE id = ${requestId} FOR NO KEY UPDATE`;
    const row = await lockPartnership(tx, input.partnershipId);
    if (!canEnd(row.status)) throw new RuleRefusal<PartnershipRefusal>("notProposed");
    await tx.partnership.update({ where: { id: row.id }, data: { status: "ENDED", endedAt: new Date() } });
    await tx.partnerRequest.update({ where: { id: requestId }, data: { acceptedCount: { decrement: 1 } } });
    await audit(tx, "partnership.ended", actorId, party, row.id, meta, { side: input.side });
  });
}

/**
 * After the project: the side marks it done and says whether it would work
 * together again; COMPLETED at the first mark. Before the request's end date
 * only with the side's word that the project ended early.
 */
export async function completePartnership(
  actorId: string,
  party: Party,
  input: { partnershipId: string; side: PartnershipSide; wouldWorkAgain: boolean; endedEarly?: boolean },
  meta: ActionMeta,
  now = new Date(),
) {
  await db().$transaction(async (tx) => {
    const row = await lockPartnership(tx, input.partnershipId);
    if (!canComplete(row.status)) throw new RuleRefusal<PartnershipRefusal>("notFormed");
    if (row[column(input.side, "CompletedAt")]) throw new RuleRefusal<PartnershipRefusal>("alreadyCompleted");
    const early = projectStillRuns(row.request.endsOn, now);
    if (early && !input.endedEarly) throw new RuleRefusal<PartnershipRefusal>("beforeProjectEnd");
    await tx.partnership.update({
      where: { id: row.id },
      data: {
        status: "COMPLETED",
        [column(input.side, "CompletedAt")]: now,
        [column(input.side, "WouldAgain")]: input.wouldWorkAgain,
      },
    });
    await audit(tx, "partnership.completed", actorId, party, row.id, meta, {
      side: input.side,
      wouldWorkAgain: input.wouldWorkAgain,
      ...(early ? { endedEarly: true } : {}),
    });
  });
}
