// Closing and renewing a partner request, by its party. Closing ends it for
// good (enough partners found, or given up), with a note for those not
// accepted; renewing sets a new closing day within the longest reply period
// counted from now, reopens an expired request and asks again next time it
// runs out.
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionMeta } from "@/lib/http/request-context";
import { mustBeHeld, refuseSuspended } from "@/lib/forum/writers";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { tellOthersOnClose } from "@/lib/partnerships/interests/decisions";
import { tellRequestModerators } from "@/lib/partnerships/requests/audience";
import {
  closingNoteOutcome,
  heldClosingNote,
  pendingRequestFieldsOf,
  requestFieldsAsInput,
} from "@/lib/partnerships/requests/changes";
import { closeOnProblem, parseDay } from "@/lib/partnerships/requests/dates";
import { lockedRequestForParty } from "@/lib/partnerships/requests/mutations";
import { requestRules } from "@/lib/partnerships/settings/queries";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";

type Tx = Prisma.TransactionClient;
type LockedRequest = Awaited<ReturnType<typeof lockedRequestForParty>>;

/**
 * Closes a request already locked and checked, inside the caller's
 * transaction. The interest workflow extends this step: whatever must happen
 * when a request closes (telling the organisations not accepted, with the
 * note) is called from here, so it happens in the same transaction whoever
 * closes it.
 */
export async function closeLockedRequest(
  tx: Tx,
  request: LockedRequest,
  note: string | null,
  context: { actorId: string; ip: string | null; now: Date },
): Promise<void> {
  // The note is public with the close, so the one moderation rule screens it: flagged, the request still
  // closes, but the note waits for a moderator (in `pendingFields`, replacing a held change a closed request
  // can no longer take) and goes out to nobody meanwhile.
  const outcome = note === null ? "apply" : closingNoteOutcome(request, await mustBeHeld(tx, note));
  const held = note !== null && outcome === "holdForReview";
  await tx.partnerRequest.update({
    where: { id: request.id },
    data: {
      status: "CLOSED",
      statusChangedAt: context.now,
      closingNote: held ? null : note,
      ...(held ? { pendingFields: heldClosingNote(note), changeNote: null } : {}),
      ...(outcome === "apply" ? {} : { reviewRequestedAt: context.now }),
    },
  });
  if (held && request.pendingFields === null) await tellRequestModerators(tx, request);
  await recordAuditEvent(
    {
      action: "partnership.request_closed",
      actorUserId: context.actorId,
      actingForOrganisationId: request.organisationId,
      actingForInstitutionId: request.institutionId,
      subjectType: "PartnerRequest",
      subjectId: request.id,
      ipAddress: context.ip,
      details: { from: request.status, note: note !== null, ...(held ? { held: true } : {}) },
    },
    tx,
  );
  // Those still waiting for the author's decision learn it closed, with the note unless it is held.
  await tellOthersOnClose(tx, request.id, held ? null : note);
}

export async function closePartnerRequest(
  actor: Actor,
  requestId: string,
  note: string | null,
  meta: ActionMeta,
  now = new Date(),
): Promise<{ slug: string }> {
  await refuseSuspended(actor, now);
  const closed = await db().$transaction(async (tx) => {
    const request = await lockedRequestForParty(tx, actor, requestId, { needsVerified: false });
    await closeLockedRequest(tx, request, note, { actorId: actor.id, ip: meta.ip, now });
    return { slug: request.slug };
  });
  await dispatchNotifications();
  return closed;
}

/** A new closing day, within the longest reply period from now; an expired request opens again. */
export async function renewPartnerRequest(
  actor: Actor,
  requestId: string,
  repliesCloseOn: string,
  meta: ActionMeta,
  now = new Date(),
): Promise<{ slug: string }> {
  await refuseSuspended(actor, now);
  return db().$transaction(async (tx) => {
    const request = await lockedRequestForParty(tx, actor, requestId, { needsVerified: true });
    const { maxReplyDays } = await requestRules(tx);
    const problem = closeOnProblem(repliesCloseOn, now, maxReplyDays, now);
    if (problem) throw new FieldRuleError([{ field: "repliesCloseOn", message: problem }]);
    // A change held for a moderator takes the new day too: accepting it must not put back the day it was written
    // with (the moderator's queue shows it, and a decision on what they saw before is refused).
    const waiting = pendingRequestFieldsOf(request.pendingFields);
    await tx.partnerRequest.update({
      where: { id: request.id },
      data: {
        status: "OPEN",
        repliesCloseOn: parseDay(repliesCloseOn)!,
        renewedAt: now,
        expiryNoticeAt: null,
        ...(request.status === "OPEN" ? {} : { statusChangedAt: now }),
        ...(waiting
          ? { pendingFields: requestFieldsAsInput({ ...waiting, repliesCloseOn }) as Prisma.InputJsonValue }
          : {}),
      },
    });
    await recordAuditEvent(
      {
        action: "partnership.request_renewed",
        actorUserId: actor.id,
        actingForOrganisationId: request.organisationId,
        actingForInstitutionId: request.institutionId,
        subjectType: "PartnerRequest",
        subjectId: request.id,
        ipAddress: meta.ip,
        details: { from: request.status, repliesCloseOn },
      },
      tx,
    );
    return { slug: request.slug };
  });
}
