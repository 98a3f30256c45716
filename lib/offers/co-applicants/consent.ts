// A co-applicant's own answer to being named in a joint offer (security review
// M1): the lead's adding leaves its row pending; one of the co-applicant's
// owners or editors accepts (from then on its members see and draft the offer
// and the offer may be submitted in its name) or declines (the row goes). An
// organisation that accepted may withdraw from a draft, never from a submitted
// offer. The caller (an action) has checked offers.prepare in the co-applicant
// organisation, found from the row; the rules of the offer are here, under the
// offer's row lock like every change of the list.
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionMeta } from "@/lib/http/request-context";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { dropCoApplicant } from "@/lib/offers/co-applicants/mutations";
import { offerSubject } from "@/lib/offers/notification-links";
import { assertDraft } from "@/lib/offers/policy";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

type Tx = Prisma.TransactionClient;
type Answer = "ACCEPTED" | "DECLINED" | "LEFT";

export type ConsentRefusal = "OFFER_NOT_DRAFT" | "NOT_A_CO_APPLICANT" | "ALREADY_ACCEPTED" | "NOT_ACCEPTED";

async function lockedRow(tx: Tx, offerId: string, organisationId: string) {
  await tx.$queryRaw`SELECT id FROM "Offer" WHERE id = ${offerId} FOR UPDATE`;
  const offer = await tx.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      id: true,
      title: true,
      status: true,
      leadOrganisationId: true,
      coApplicants: { orderBy: { position: "asc" }, select: { organisationId: true, acceptedAt: true } },
    },
  });
  const row = offer.coApplicants.find((c) => c.organisationId === organisationId);
  if (!row) throw new RuleRefusal("NOT_A_CO_APPLICANT");
  return { offer, row };
}

/** The audit entry and the lead's owners and editors told (also whether the offer is now single), in the same transaction. */
async function record(
  tx: Tx,
  offer: { id: string; title: string; leadOrganisationId: string },
  organisationId: string,
  answer: Answer,
  actor: Actor,
  meta: ActionMeta,
  single = false,
): Promise<void> {
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { name: true },
  });
  await recordAuditEvent(
    {
      action:
        answer === "ACCEPTED"
          ? "offer.co_applicant_accepted"
          : answer === "DECLINED"
            ? "offer.co_applicant_declined"
            : "offer.co_applicant_left",
      actorUserId: actor.id,
      actingForOrganisationId: organisationId,
      subjectType: "Offer",
      subjectId: offer.id,
      ipAddress: meta.ip,
    },
    tx,
  );
  await notify(
    {
      type: "offer.co_applicant_answered",
      subject: offerSubject(offer),
      actor: { userId: actor.id, organisationId },
      audience: { organisations: [{ id: offer.leadOrganisationId, roles: ["OWNER", "EDITOR"] }] },
      // "single": the offer became one organisation's, so the lead checks what the partner's leaving changed.
      data: { decision: answer, organisation: organisation.name, ...(single ? { single: "yes" } : {}) },
    },
    tx,
  );
}

/** The co-applicant agrees to join the draft; a second acceptance is refused (someone already did). */
export async function acceptCoApplication(
  offerId: string,
  organisationId: string,
  actor: Actor,
  meta: ActionMeta,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const { offer, row } = await lockedRow(tx, offerId, organisationId);
    assertDraft(offer);
    if (row.acceptedAt) throw new RuleRefusal("ALREADY_ACCEPTED");
    await tx.offerCoApplicant.update({
      where: { offerId_organisationId: { offerId, organisationId } },
      data: { acceptedAt: new Date(), acceptedById: actor.id },
    });
    await record(tx, offer, organisationId, "ACCEPTED", actor, meta);
  });
  await dispatchNotifications();
}

/** The co-applicant refuses the invitation; only a pending one declines (one that accepted leaves). */
export async function declineCoApplication(
  offerId: string,
  organisationId: string,
  actor: Actor,
  meta: ActionMeta,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const { offer, row } = await lockedRow(tx, offerId, organisationId);
    assertDraft(offer);
    if (row.acceptedAt) throw new RuleRefusal("ALREADY_ACCEPTED");
    const { single } = await dropCoApplicant(tx, offer, organisationId, actor);
    await record(tx, offer, organisationId, "DECLINED", actor, meta, single);
  });
  await dispatchNotifications();
}

/** A co-applicant that accepted withdraws its organisation from a draft; a submitted offer stays as submitted. */
export async function leaveCoApplication(
  offerId: string,
  organisationId: string,
  actor: Actor,
  meta: ActionMeta,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const { offer, row } = await lockedRow(tx, offerId, organisationId);
    assertDraft(offer);
    if (!row.acceptedAt) throw new RuleRefusal("NOT_ACCEPTED");
    const { single } = await dropCoApplicant(tx, offer, organisationId, actor);
    await record(tx, offer, organisationId, "LEFT", actor, meta, single);
  });
  await dispatchNotifications();
}
