// The request's author deciding on the interests it received: shortlisting,
// accepting (which proposes a partnership with both sides in it) and
// declining, one or several at once, with a reason the sender is told. Every
// decision locks the request's row first, so an accept reads the accepted
// count no other accept is changing; the database's CHECK (acceptedCount <=
// maxPartners) is the last guard.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionMeta } from "@/lib/http/request-context";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { actingFor, lockRequest } from "@/lib/partnerships/interests/mutations";
import { notifyAboutPartnership, notifyAboutRequest, partyAudience } from "@/lib/partnerships/interests/notices";
import { partyColumns, partyOf, sameParty, type Party } from "@/lib/partnerships/party";
import { isUndecided } from "@/lib/partnerships/interests/policy";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type DecisionRefusal =
  "requestClosed" | "requestHidden" | "alreadyDecided" | "partnersFull" | "partnerUnverified";

/** Locks the request, checks the interest is one of its undecided ones and the request still takes decisions. */
async function undecidedInterest(tx: Prisma.TransactionClient, author: Party, interestId: string) {
  // A request a moderator hid takes no steps towards a partnership (declining stays possible).
  const found = await tx.partnerInterest.findUnique({ where: { id: interestId }, select: { requestId: true } });
  if (!found) throw new AppError("NOT_FOUND", "no such interest");
  const request = await lockRequest(tx, found.requestId);
  // The action's scope came from this interest's request; read again under the lock, it must still be the author's.
  if (!sameParty(partyOf(request), author)) throw new AppError("NOT_FOUND", "interest of another request");
  if (request.status === "CLOSED") throw new RuleRefusal<DecisionRefusal>("requestClosed");
  // Hidden (or, never published, held or refused by a moderator: such a request has no interests to decide).
  if (request.visibility !== "PUBLISHED") throw new RuleRefusal<DecisionRefusal>("requestHidden");
  const interest = await tx.partnerInterest.findUniqueOrThrow({
    where: { id: interestId },
    select: { id: true, status: true, organisationId: true, institutionId: true, authorId: true },
  });
  if (!isUndecided(interest.status)) throw new RuleRefusal<DecisionRefusal>("alreadyDecided");
  return { request, interest };
}

export async function shortlistInterest(actorId: string, author: Party, interestId: string, meta: ActionMeta) {
  await db().$transaction(async (tx) => {
    const { interest } = await undecidedInterest(tx, author, interestId);
    if (interest.status === "SHORTLISTED") return;
    await tx.partnerInterest.update({
      where: { id: interestId },
      data: { status: "SHORTLISTED", decidedById: actorId, decidedAt: new Date() },
    });
    await audit(tx, "partnership.interest_shortlisted", actorId, author, interestId, meta);
  });
}

/**
 * Accepts the interest: refused beyond the most partners the request wants;
 * otherwise the interest is ACCEPTED, the request's accepted count goes up and
 * a partnership is PROPOSED between the author and the interested side, which
 * from now on see each other's contacts (contacts.ts).
 */
export async function acceptInterest(actorId: string, author: Party, interestId: string, meta: ActionMeta) {
  const partnershipId = await db().$transaction(async (tx) => {
    const { request, interest } = await undecidedInterest(tx, author, interestId);
    if (request.acceptedCount >= request.maxPartners) throw new RuleRefusal<DecisionRefusal>("partnersFull");
    // Acceptance reveals the author's contacts: only to an organisation verified now.
    if (interest.organisationId) {
      const sender = await tx.organisation.findUnique({
        where: { id: interest.organisationId },
        select: { verifiedAt: true },
      });
      if (!sender?.verifiedAt) throw new RuleRefusal<DecisionRefusal>("partnerUnverified");
    }
    const now = new Date();
    await tx.partnerInterest.update({
      where: { id: interestId },
      data: { status: "ACCEPTED", decidedById: actorId, decidedAt: now, decisionNote: null },
    });
    await tx.partnerRequest.update({ where: { id: request.id }, data: { acceptedCount: { increment: 1 } } });
    const partner = partyOf(interest)!;
    const requesterSide = partyColumns(author);
    const partnerSide = partyColumns(partner);
    const partnership = await tx.partnership.create({
      data: {
        requestId: request.id,
        interestId,
        requesterOrganisationId: requesterSide.organisationId,
        requesterInstitutionId: requesterSide.institutionId,
        partnerOrganisationId: partnerSide.organisationId,
        partnerInstitutionId: partnerSide.institutionId,
      },
      select: { id: true },
    });
    await audit(tx, "partnership.interest_accepted", actorId, author, interestId, meta, {
      partnershipId: partnership.id,
    });
    await notifyAboutRequest(
      tx,
      "partnership.interest_decided",
      request,
      { userId: actorId, party: author },
      partyAudience(partner),
      { decision: "ACCEPTED" },
    );
    await notifyAboutPartnership(
      tx,
      "partnership.proposed",
      { id: partnership.id, requestTitle: request.title, requester: author, partner },
      actorId,
    );
    return partnership.id;
  });
  await dispatchNotifications();
  return { partnershipId };
}

/**
 * Declines the interests chosen (one, or several at once) of one request, with
 * one reason each sender is told. Interests already decided or withdrawn
 * meanwhile are left as they are; the answer says how many were declined.
 */
export async function declineInterests(
  actorId: string,
  author: Party,
  input: { requestId: string; interestIds: string[]; note: string | null },
  meta: ActionMeta,
): Promise<{ declined: number }> {
  const declined = await db().$transaction(async (tx) => {
    const request = await lockRequest(tx, input.requestId);
    if (!sameParty(partyOf(request), author)) throw new AppError("NOT_FOUND", "request of another side");
    if (request.status === "CLOSED") throw new RuleRefusal<DecisionRefusal>("requestClosed");
    // Scoped to the request: ids of other requests' interests match nothing.
    const interests = await tx.partnerInterest.findMany({
      where: { id: { in: input.interestIds }, requestId: request.id, status: { in: ["SUBMITTED", "SHORTLISTED"] } },
      select: { id: true, organisationId: true, institutionId: true, authorId: true },
    });
    if (interests.length === 0) throw new RuleRefusal<DecisionRefusal>("alreadyDecided");
    const now = new Date();
    await tx.partnerInterest.updateMany({
      where: { id: { in: interests.map((i) => i.id) } },
      data: { status: "DECLINED", decidedById: actorId, decidedAt: now, decisionNote: input.note },
    });
    for (const interest of interests) {
      await audit(tx, "partnership.interest_declined", actorId, author, interest.id, meta, { note: input.note });
      await notifyAboutRequest(
        tx,
        "partnership.interest_decided",
        request,
        { userId: actorId, party: author },
        partyAudience(partyOf(interest)!),
        input.note ? { decision: "DECLINED", reason: input.note } : { decision: "DECLINED" },
      );
    }
    return interests.length;
  });
  await dispatchNotifications();
  return { declined };
}

/**
 * For the request's close mutation (lib/partnerships/requests), in its
 * transaction: the sides still waiting for a decision (submitted or
 * shortlisted) are told the request closed, with the author's closing note.
 * Their interests stay as they were; the request's state says it is closed.
 * Returns how many were told. The caller dispatches notifications after commit.
 */
export async function tellOthersOnClose(
  tx: Prisma.TransactionClient,
  requestId: string,
  note: string | null,
): Promise<number> {
  const request = await tx.partnerRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { id: true, slug: true, title: true, authorId: true, organisationId: true, institutionId: true },
  });
  const waiting = await tx.partnerInterest.findMany({
    where: { requestId, status: { in: ["SUBMITTED", "SHORTLISTED"] } },
    select: { organisationId: true, institutionId: true, authorId: true },
  });
  for (const interest of waiting)
    await notifyAboutRequest(
      tx,
      "partnership.request_closed_to_others",
      request,
      { userId: request.authorId, party: partyOf(request) },
      partyAudience(partyOf(interest)!),
      note ? { reason: note } : {},
    );
  return waiting.length;
}

function audit(
  tx: Prisma.TransactionClient,
  action: "partnership.interest_shortlisted" | "partnership.interest_accepted" | "partnership.interest_declined",
  actorId: string,
  author: Party,
  interestId: string,
  meta: ActionMeta,
  details: Prisma.InputJsonValue = {},
) {
  return recordAuditEvent(
    {
      action,
      actorUserId: actorId,
      ...actingFor(author),
      subjectType: "PartnerInterest",
      subjectId: interestId,
      ipAddress: meta.ip,
      details,
    },
    tx,
  );
}
