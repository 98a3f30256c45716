// The small-grant clocks, run every minute by the `small-grants-lifecycle` job
// (lib/jobs): a published offer whose remark window has ended moves to
// REMARKS_CLOSED, and cached public pages are dropped so the lists move on
// time (remarks themselves follow the clock whether or not this has run); the
// office's officials hear once that an offer's publish-by day is near (two
// days before it) or has passed. "Once" is kept by the notice itself: an
// advisory lock per case and a look for an earlier notice of the same case in
// the same transaction, so a retried or doubled job never repeats one.
// No "server-only": the worker runs this outside Next.js.
import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { smallGrantSubject } from "@/lib/small-grants/notification-links";
import { polishDay } from "@/lib/time/polish-local";

/** How long before the publish-by day ends the officials are reminded. */
export const PUBLISH_WARNING_MS = 2 * 24 * 3600 * 1000;

type Due = {
  id: string;
  publishDueBy: Date;
  offer: { title: string; institutionId: string; institution: { slug: string } };
};

async function warnOnce(smallGrant: Due): Promise<boolean> {
  return db().$transaction(async (tx: Prisma.TransactionClient) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`small-grant-publish-due:${smallGrant.id}`}))`;
    const earlier = await tx.notificationEvent.findFirst({
      where: { type: "small_grant.publish_due", subjectType: "SmallGrantCase", subjectId: smallGrant.id },
      select: { id: true },
    });
    if (earlier) return false;
    await notify(
      {
        type: "small_grant.publish_due",
        subject: smallGrantSubject({ id: smallGrant.id, title: smallGrant.offer.title }, smallGrant.offer.institution),
        actor: { userId: null, institutionId: smallGrant.offer.institutionId },
        audience: { institutions: [{ id: smallGrant.offer.institutionId, roles: ["ADMINISTRATOR", "OFFICIAL"] }] },
        // The last day to publish, as a Polish calendar day (the period ends at its midnight).
        data: { day: polishDay(new Date(smallGrant.publishDueBy.getTime() - 1)) },
      },
      tx,
    );
    return true;
  });
}

/** Moves the clocks at `now`; returns how many windows closed and how many warnings went out. */
export async function advanceSmallGrants(now = new Date()): Promise<{ closed: number; warned: number }> {
  const { count: closed } = await db().smallGrantCase.updateMany({
    where: { stage: "PUBLISHED", remarksUntil: { lte: now } },
    data: { stage: "REMARKS_CLOSED" },
  });
  if (closed > 0) publicDataChanged();
  const nearing = await db().smallGrantCase.findMany({
    where: {
      stage: "RECEIVED",
      offer: { status: "SUBMITTED" },
      publishDueBy: { lte: new Date(now.getTime() + PUBLISH_WARNING_MS) },
    },
    select: {
      id: true,
      publishDueBy: true,
      offer: { select: { title: true, institutionId: true, institution: { select: { slug: true } } } },
    },
  });
  let warned = 0;
  for (const smallGrant of nearing) if (await warnOnce(smallGrant)) warned += 1;
  if (warned > 0) await dispatchNotifications();
  return { closed, warned };
}
