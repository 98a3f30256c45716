// Sending and withdrawing an interest. Each runs in one transaction that
// locks the request's row first (FOR NO KEY UPDATE: interests and decisions
// on one request queue there), so the request's state, the one-per-side rule
// and the interest counter are read and written together; the side's daily
// limit is counted under an advisory lock on the side, so two requests at once
// cannot both take its last place of the day.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionMeta } from "@/lib/http/request-context";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { notifyAboutRequest, partyAudience } from "@/lib/partnerships/interests/notices";
import { partyColumns, partyOf, type Party } from "@/lib/partnerships/party";
import { partyVerified } from "@/lib/partnerships/interests/party-action";
import {
  coversOnlyRequestNeeds,
  interestRefusal,
  isUndecided,
  startOfPolishDay,
  type InterestRefusal,
} from "@/lib/partnerships/interests/policy";
import { fitOfParty } from "@/lib/partnerships/suggestions/fit-of-party";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

const requestFacts = {
  id: true,
  slug: true,
  title: true,
  status: true,
  visibility: true,
  repliesCloseOn: true,
  welcomesLocalGovernment: true,
  organisationId: true,
  institutionId: true,
  neededCompetences: true,
  neededResources: true,
  acceptedCount: true,
  maxPartners: true,
  authorId: true,
  organisation: { select: { verifiedAt: true } },
} as const;

/** Locks the request's row for the transaction and reads it; NOT_FOUND when there is none. */
export async function lockRequest(tx: Prisma.TransactionClient, requestId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "PartnerRequest" WHERE id = ${requestId} FOR NO KEY UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "no such partner request");
  return tx.partnerRequest.findUniqueOrThrow({ where: { id: requestId }, select: requestFacts });
}

const partyKey = (party: Party) => `partner-interest:${party.kind}:${party.id}`;

/**
 * The side's interest in the request, with the needs it covers. Refused (and
 * nothing written) when the side may not send one now: see InterestRefusal.
 */
export async function sendInterest(
  actorId: string,
  party: Party,
  input: { requestId: string; message: string; coveredNeeds: string[] },
  meta: ActionMeta,
  now = new Date(),
): Promise<{ interestId: string }> {
  // The fit is read before the transaction: it reads many rows, none of them locked here.
  const [verified, fitScore] = await Promise.all([partyVerified(party), fitOfParty(input.requestId, party, now)]);
  const interestId = await db().$transaction(async (tx) => {
    const request = await lockRequest(tx, input.requestId);
    const refusal = interestRefusal(request, party, verified, now);
    if (refusal) throw new RuleRefusal<InterestRefusal>(refusal);
    // An organisation that lost its verification cannot decide on interests: none are taken meanwhile.
    if (request.organisation && !request.organisation.verifiedAt) throw new RuleRefusal<InterestRefusal>("notOpen");
    if (request.acceptedCount >= request.maxPartners) throw new RuleRefusal<InterestRefusal>("full");
    if (!coversOnlyRequestNeeds(request, input.coveredNeeds))
      throw new RuleRefusal<InterestRefusal>("needsNotInRequest");
    const side = partyColumns(party);
    const existing = await tx.partnerInterest.findFirst({
      where: {
        requestId: request.id,
        ...(party.kind === "organisation" ? { organisationId: party.id } : { institutionId: party.id }),
      },
      select: { id: true },
    });
    if (existing) throw new RuleRefusal<InterestRefusal>("alreadySent");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${partyKey(party)}))`;
    const settings = await tx.partnershipSettings.findUnique({
      where: { id: 1 },
      select: { dailyInterestLimit: true },
    });
    const sentToday = await tx.partnerInterest.count({
      where: {
        ...(party.kind === "organisation" ? { organisationId: party.id } : { institutionId: party.id }),
        createdAt: { gte: startOfPolishDay(now) },
      },
    });
    if (sentToday >= (settings?.dailyInterestLimit ?? 10)) throw new RuleRefusal<InterestRefusal>("dailyLimit");
    const interest = await tx.partnerInterest.create({
      data: {
        requestId: request.id,
        ...side,
        authorId: actorId,
        message: input.message,
        coveredNeeds: input.coveredNeeds,
        fitScore,
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.partnerRequest.update({ where: { id: request.id }, data: { interestCount: { increment: 1 } } });
    await recordAuditEvent(
      {
        action: "partnership.interest_sent",
        actorUserId: actorId,
        actingForOrganisationId: side.organisationId,
        actingForInstitutionId: side.institutionId,
        subjectType: "PartnerInterest",
        subjectId: interest.id,
        ipAddress: meta.ip,
        details: { requestId: request.id, coveredNeeds: input.coveredNeeds },
      },
      tx,
    );
    const author = partyOf(request);
    if (author)
      await notifyAboutRequest(
        tx,
        "partnership.interest_received",
        request,
        { userId: actorId, party },
        partyAudience(author),
      );
    return interest.id;
  });
  await dispatchNotifications();
  return { interestId };
}

export type WithdrawRefusal = "alreadyDecided";

/** The side takes its interest back, only while the author has not decided on it (accepted or declined). */
export async function withdrawInterest(actorId: string, party: Party, interestId: string, meta: ActionMeta) {
  await db().$transaction(async (tx) => {
    const { requestId } = await tx.partnerInterest.findUniqueOrThrow({
      where: { id: interestId },
      select: { requestId: true },
    });
    await lockRequest(tx, requestId);
    const interest = await tx.partnerInterest.findUniqueOrThrow({
      where: { id: interestId },
      select: { status: true },
    });
    if (!isUndecided(interest.status)) throw new RuleRefusal<WithdrawRefusal>("alreadyDecided");
    await tx.partnerInterest.update({ where: { id: interestId }, data: { status: "WITHDRAWN" } });
    // The counter counts the interests still standing: a withdrawn one no longer does.
    await tx.partnerRequest.update({ where: { id: requestId }, data: { interestCount: { decrement: 1 } } });
    await recordAuditEvent(
      {
        action: "partnership.interest_withdrawn",
        actorUserId: actorId,
        ...actingFor(party),
        subjectType: "PartnerInterest",
        subjectId: interestId,
        ipAddress: meta.ip,
        details: { requestId },
      },
      tx,
    );
  });
}

/** The audit entry's "acting for" columns for the side. */
export const actingFor = (party: Party) => {
  const side = partyColumns(party);
  return { actingForOrganisationId: side.organisationId, actingForInstitutionId: side.institutionId };
};
