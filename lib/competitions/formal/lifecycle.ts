// The corrections' part of the minutely `evaluation-lifecycle` job (design
// §7.1): a correction whose day has ended by the database's clock lapses
// (CorrectionRequest LAPSED, the formal review back to PENDING: the official
// decides on the offer as it stands, complete or rejected), and 48 hours
// before the end the applicants are reminded once (offer.correction_due,
// claimed with reminderAt in the transaction that sends it, so two workers
// never send it twice). A correction submitted in the meantime holds the
// offer's lock and answers the request first: the lapse only takes rows still
// OPEN. Nothing here may import "server-only": the worker runs it outside Next.js.
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { offerSubject } from "@/lib/offers/notification-links";

const HOUR = 3_600_000;
/** How long before the end the reminder goes. */
export const REMINDER_BEFORE_MS = 48 * HOUR;

const offerSelect = {
  id: true,
  title: true,
  leadOrganisationId: true,
  coApplicants: { where: { acceptedAt: { not: null } }, select: { organisationId: true } },
} as const;

async function lapseOverdue(now: Date): Promise<number> {
  const overdue = await db().correctionRequest.findMany({
    where: { status: "OPEN", dueAt: { lt: now } },
    select: { id: true, offerId: true },
  });
  let lapsed = 0;
  for (const request of overdue) {
    await db().$transaction(async (tx) => {
      // The offer's lock, as the correction's submit takes it: a submit in progress finishes first.
      await tx.$queryRaw`SELECT id FROM "Offer" WHERE id = ${request.offerId} FOR UPDATE`;
      const { count } = await tx.correctionRequest.updateMany({
        where: { id: request.id, status: "OPEN", dueAt: { lt: now } },
        data: { status: "LAPSED" },
      });
      if (count !== 1) return;
      lapsed += 1;
      await tx.formalReview.updateMany({
        where: { offerId: request.offerId, status: "TO_CORRECT" },
        data: { status: "PENDING" },
      });
    });
  }
  return lapsed;
}

async function remindSoon(now: Date): Promise<number> {
  const soon = await db().correctionRequest.findMany({
    where: { status: "OPEN", reminderAt: null, dueAt: { gte: now, lte: new Date(now.getTime() + REMINDER_BEFORE_MS) } },
    select: { id: true, dueAt: true, requestedAt: true, offer: { select: offerSelect } },
  });
  // A request made less than 48 hours before its end was itself the notice: no reminder right after it.
  const due = soon.filter((r) => r.dueAt.getTime() - r.requestedAt.getTime() > REMINDER_BEFORE_MS);
  for (const request of due) {
    await db().$transaction(async (tx) => {
      const { count } = await tx.correctionRequest.updateMany({
        where: { id: request.id, status: "OPEN", reminderAt: null },
        data: { reminderAt: now },
      });
      if (count !== 1) return;
      const offer = request.offer;
      const applicants = [offer.leadOrganisationId, ...offer.coApplicants.map((c) => c.organisationId)];
      await notify(
        {
          type: "offer.correction_due",
          subject: offerSubject(offer),
          audience: { organisations: applicants.map((id) => ({ id, roles: ["OWNER", "EDITOR"] })) },
          data: { deadline: request.dueAt.toISOString() },
        },
        tx,
      );
    });
  }
  return due.length;
}

/** One run; `now` for tests, else the database's clock (the one the saves and the submit are judged by). */
export async function advanceCorrections(now?: Date): Promise<{ lapsed: number; reminded: number }> {
  const at = now ?? (await databaseNow());
  const lapsed = await lapseOverdue(at);
  const reminded = await remindSoon(at);
  if (reminded > 0) await dispatchNotifications();
  return { lapsed, reminded };
}
