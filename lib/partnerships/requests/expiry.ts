// Stale requests, run hourly by the `partner-requests-expiry` job: an open
// request whose closing day has passed, or whose longest reply period (from
// its opening or last renewal) has, becomes EXPIRED and leaves the lists;
// its party is asked once to renew or close it (expiryNoticeAt, set in the
// same transaction as the notice, so a retried or doubled job never asks twice).
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { tellParty } from "@/lib/partnerships/requests/audience";
import { addDays, hasRunOut, warsawDay } from "@/lib/partnerships/requests/dates";
import { requestRules } from "@/lib/partnerships/settings/queries";

/** Expires what has run out at `now`; returns how many requests expired. */
export async function expirePartnerRequests(now = new Date()): Promise<number> {
  const { maxReplyDays } = await requestRules();
  const today = warsawDay(now);
  // Candidates by the closing day or an opening (or renewal) so old that the longest period has passed for sure.
  const longAgo = new Date(`${addDays(today, -maxReplyDays - 1)}T00:00:00Z`);
  const candidates = await db().partnerRequest.findMany({
    where: {
      status: "OPEN",
      OR: [
        { repliesCloseOn: { lt: new Date(`${today}T00:00:00Z`) } },
        { renewedAt: null, openedAt: { lt: longAgo } },
        { renewedAt: { lt: longAgo } },
      ],
    },
    select: { id: true, repliesCloseOn: true, openedAt: true, renewedAt: true },
  });
  let expired = 0;
  for (const candidate of candidates.filter((request) => hasRunOut(request, maxReplyDays, now))) {
    const done = await db().$transaction(async (tx) => {
      // Only if it is still open: its party may have renewed or closed it a moment ago.
      const marked = await tx.partnerRequest.updateMany({
        where: { id: candidate.id, status: "OPEN", renewedAt: candidate.renewedAt },
        data: { status: "EXPIRED", statusChangedAt: now, expiryNoticeAt: now },
      });
      if (marked.count === 0) return false;
      const request = await tx.partnerRequest.findUniqueOrThrow({
        where: { id: candidate.id },
        select: { id: true, slug: true, title: true, organisationId: true, institutionId: true },
      });
      await tellParty(tx, request, "partnership.request_expired", null);
      await recordAuditEvent(
        { action: "partnership.request_expired", subjectType: "PartnerRequest", subjectId: request.id },
        tx,
      );
      return true;
    });
    if (done) expired += 1;
  }
  if (expired > 0) await dispatchNotifications();
  return expired;
}
