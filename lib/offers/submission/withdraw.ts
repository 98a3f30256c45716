// Withdrawing a submitted offer, and reopening it as a draft, both only
// before the deadline by the database's clock, read as the request's arrival
// (the same clock and the same reason as the submission: waiting for a
// connection or the lock does not make it late), in a transaction that locks the offer. The versions stay as
// they were: a withdrawn or reopened offer keeps its history, and the office
// counts only offers whose status is SUBMITTED. Reopening writes the last
// version's sections back as the draft and raises every revision, so a tab
// still open on the old draft cannot save over it.
import "server-only";
import { db } from "@/lib/db/client";
import { arrivalTime } from "@/lib/db/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import { offerSectionKeys } from "@/lib/offers/document/schema";
import { offerSubject } from "@/lib/offers/notification-links";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { assertTaskOfferRoom } from "@/lib/offers/drafts/task-limit";
import { lockOffer, SUBMIT_TRANSACTION } from "@/lib/offers/submission/submit-steps";
import { versionDocument } from "@/lib/offers/submission/versions";

export type WithdrawRefusal = "NOT_SUBMITTED" | "DEADLINE_PASSED";
export type ReopenRefusal = "NOT_REOPENABLE" | "DEADLINE_PASSED" | "OFFERS_PER_TASK_LIMIT";

async function lockedBeforeDeadline(tx: Prisma.TransactionClient, offerId: string, now: Date) {
  if (!(await lockOffer(tx, offerId))) return null;
  const offer = await tx.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      id: true,
      title: true,
      status: true,
      template: true,
      leadOrganisationId: true,
      taskId: true,
      coApplicants: { select: { organisationId: true } },
      competition: { select: { offersDeadline: true, maxOffersPerApplicantPerTask: true } },
      currentVersion: { select: { content: true } },
    },
  });
  // Small grants have no deadline of their own; their case (lib/small-grants) decides.
  const open = offer.competition !== null && now < offer.competition.offersDeadline;
  return { offer, now, open };
}

type LockedOffer = NonNullable<Awaited<ReturnType<typeof lockedBeforeDeadline>>>["offer"];

/** The applicants' owners and editors learn that the offer is no longer submitted. */
async function notifyWithdrawn(tx: Prisma.TransactionClient, offer: LockedOffer, actor: { id: string }) {
  const applicants = [offer.leadOrganisationId, ...offer.coApplicants.map((c) => c.organisationId)];
  await notify(
    {
      type: "offer.withdrawn",
      subject: offerSubject(offer),
      actor: { userId: actor.id, organisationId: offer.leadOrganisationId },
      audience: { organisations: applicants.map((id) => ({ id, roles: ["OWNER", "EDITOR"] })) },
    },
    tx,
  );
}

export async function withdrawOffer(offerId: string, actor: { id: string }): Promise<void> {
  const arrived = await arrivalTime();
  await db().$transaction(async (tx) => {
    const locked = await lockedBeforeDeadline(tx, offerId, arrived);
    if (!locked || locked.offer.status !== "SUBMITTED") throw new RuleRefusal<WithdrawRefusal>("NOT_SUBMITTED");
    if (!locked.open) throw new RuleRefusal<WithdrawRefusal>("DEADLINE_PASSED");
    const { offer, now } = locked;
    await tx.offer.update({ where: { id: offer.id }, data: { status: "WITHDRAWN", withdrawnAt: now } });
    await notifyWithdrawn(tx, offer, actor);
  }, SUBMIT_TRANSACTION);
  await dispatchNotifications();
}

export async function reopenOffer(offerId: string, actor: { id: string }): Promise<void> {
  const arrived = await arrivalTime();
  await db().$transaction(async (tx) => {
    const locked = await lockedBeforeDeadline(tx, offerId, arrived);
    const status = locked?.offer.status;
    if (!locked || (status !== "SUBMITTED" && status !== "WITHDRAWN"))
      throw new RuleRefusal<ReopenRefusal>("NOT_REOPENABLE");
    if (!locked.open) throw new RuleRefusal<ReopenRefusal>("DEADLINE_PASSED");
    const { offer } = locked;
    // A withdrawn offer did not count: another may have been started since (withdraw A, start B, reopen A).
    if (status === "WITHDRAWN" && offer.taskId)
      await assertTaskOfferRoom(tx, {
        taskId: offer.taskId,
        leadOrganisationId: offer.leadOrganisationId,
        limit: offer.competition?.maxOffersPerApplicantPerTask ?? null,
        offerId: offer.id,
      });
    const document = offer.currentVersion ? versionDocument(offer.currentVersion.content) : null;
    if (document) {
      for (const key of offerSectionKeys(offer.template)) {
        const content = document[key] as Prisma.InputJsonValue;
        await tx.offerSection.upsert({
          where: { offerId_key: { offerId: offer.id, key } },
          create: { offerId: offer.id, key, content, revision: 1, updatedById: actor.id },
          update: { content, revision: { increment: 1 }, updatedById: actor.id },
        });
      }
    }
    await tx.offer.update({ where: { id: offer.id }, data: { status: "DRAFT", withdrawnAt: null } });
    // A reopened offer is no longer submitted: until it is submitted again, it is as good as withdrawn.
    if (status === "SUBMITTED") await notifyWithdrawn(tx, offer, actor);
  }, SUBMIT_TRANSACTION);
  await dispatchNotifications();
}
