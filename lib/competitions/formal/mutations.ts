// The formal check's writes (design §2.3, §2.6). An official of the
// addressed office (competitions.formalCheck, checked by the action) opens
// the check once the deadline has passed, answers each offer's checklist,
// and ends each offer's check as COMPLETE, REJECTED (with the reason) or
// TO_CORRECT (named parts by a Polish day). Each offer's writes lock its
// Offer row, as the correction's own saves and submit do, so an official's
// decision and an applicant's submit of a correction never cross.
// Deadlines are judged by the database's clock. Notices: notify.ts.
import "server-only";
import { defaultChecklist, type FormalItemKind } from "@/lib/competitions/formal/checklist";
import { mailCorrectionRequest } from "@/lib/competitions/formal/correction-mail";
import { notifyFormalResult } from "@/lib/competitions/formal/notify";
import type { FormalAnswerValue } from "@/lib/competitions/formal/schemas";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { endOfPolishDay, isAllowedDueDay } from "@/lib/offers/corrections/due";
import { correctionPartsOf, expandChoice } from "@/lib/offers/corrections/named";
import type { OfferSectionKey, OfferTemplate } from "@/lib/offers/document/schema";
import { versionDocument } from "@/lib/offers/submission/versions";
import { lockOffer } from "@/lib/offers/submission/submit-steps";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

type Tx = Prisma.TransactionClient;

export type FormalRefusal =
  | "FORMAL_CHECK_NOT_OPEN"
  | "OFFER_NOT_SUBMITTED"
  | "REVIEW_DECIDED"
  | "CORRECTION_OPEN"
  | "ITEMS_UNANSWERED"
  | "ITEMS_NOT_MET"
  | "NOT_CORRECTABLE"
  | "ITEM_NOT_FOUND"
  | "ITEM_ANSWERED"
  | "REQUIREMENT_NOT_FOUND";

/** The check opens when offers are no longer taken: the deadline has passed by the database's clock. */
async function assertOpen(tx: Tx, competition: { offersDeadline: Date; status: string }): Promise<Date> {
  const now = await databaseNow(tx);
  if (competition.status === "DRAFT" || now < competition.offersDeadline)
    throw new RuleRefusal<FormalRefusal>("FORMAL_CHECK_NOT_OPEN");
  return now;
}

/** Seeds the competition's checklist from its announcement, once (a second call finds it seeded). */
export async function openFormalCheck(competitionId: string): Promise<{ items: number }> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Competition" WHERE id = ${competitionId} FOR UPDATE`;
    const competition = await tx.competition.findUniqueOrThrow({
      where: { id: competitionId },
      select: {
        status: true,
        offersDeadline: true,
        confirmationRequired: true,
        attachmentRequirements: { orderBy: { position: "asc" }, select: { id: true, label: true, required: true } },
      },
    });
    await assertOpen(tx, competition);
    const existing = await tx.formalChecklistItem.count({ where: { competitionId } });
    if (existing > 0) return { items: existing };
    const items = defaultChecklist(competition);
    await tx.formalChecklistItem.createMany({ data: items.map((item) => ({ ...item, competitionId })) });
    return { items: items.length };
  });
}

/** An item the office adds to the list (after the others). */
export async function addChecklistItem(input: {
  competitionId: string;
  label: string;
  kind: FormalItemKind;
}): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Competition" WHERE id = ${input.competitionId} FOR UPDATE`;
    const last = await tx.formalChecklistItem.findFirst({
      where: { competitionId: input.competitionId },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    return tx.formalChecklistItem.create({
      data: {
        competitionId: input.competitionId,
        label: input.label,
        kind: input.kind,
        position: (last?.position ?? 0) + 1,
      },
      select: { id: true },
    });
  });
}

/** Removes an item no offer's answer refers to yet (an answered item is part of a check already made). */
export async function removeChecklistItem(itemId: string): Promise<void> {
  const answered = await db().formalReviewAnswer.count({ where: { itemId } });
  if (answered > 0) throw new RuleRefusal<FormalRefusal>("ITEM_ANSWERED");
  await db().formalChecklistItem.delete({ where: { id: itemId } });
}

/** The offer locked, submitted and in the formal check; its review row made on first use. */
async function lockedOffer(tx: Tx, offerId: string) {
  if (!(await lockOffer(tx, offerId))) throw new RuleRefusal<FormalRefusal>("OFFER_NOT_SUBMITTED");
  const offer = await tx.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      id: true,
      title: true,
      status: true,
      template: true,
      competitionId: true,
      currentVersionId: true,
      leadOrganisationId: true,
      coApplicants: { where: { acceptedAt: { not: null } }, select: { organisationId: true } },
      competition: { select: { status: true, offersDeadline: true, correctionDays: true } },
    },
  });
  if (offer.status !== "SUBMITTED" || !offer.competition || !offer.competitionId || !offer.currentVersionId)
    throw new RuleRefusal<FormalRefusal>("OFFER_NOT_SUBMITTED");
  const now = await assertOpen(tx, offer.competition);
  const review = await tx.formalReview.upsert({
    where: { offerId },
    create: { offerId, competitionId: offer.competitionId, versionId: offer.currentVersionId },
    update: {},
    select: { status: true },
  });
  const open = await tx.correctionRequest.findFirst({ where: { offerId, status: "OPEN" }, select: { id: true } });
  const checked = { ...offer, competitionId: offer.competitionId, currentVersionId: offer.currentVersionId };
  return { offer: checked, review, open, now };
}

const applicantsOf = (offer: { leadOrganisationId: string; coApplicants: { organisationId: string }[] }) => [
  offer.leadOrganisationId,
  ...offer.coApplicants.map((c) => c.organisationId),
];

/** Stores the official's answers (each item of this competition's list), while the check is undecided. */
export async function saveFormalAnswers(
  offerId: string,
  answers: readonly { itemId: string; answer: FormalAnswerValue; note?: string }[],
): Promise<void> {
  await db().$transaction(async (tx) => {
    const { offer, review } = await lockedOffer(tx, offerId);
    if (review.status === "COMPLETE" || review.status === "REJECTED")
      throw new RuleRefusal<FormalRefusal>("REVIEW_DECIDED");
    const items = await tx.formalChecklistItem.findMany({
      where: { competitionId: offer.competitionId, id: { in: answers.map((a) => a.itemId) } },
      select: { id: true },
    });
    if (items.length !== answers.length) throw new RuleRefusal<FormalRefusal>("ITEM_NOT_FOUND");
    for (const { itemId, answer, note } of answers) {
      await tx.formalReviewAnswer.upsert({
        where: { offerId_itemId: { offerId, itemId } },
        create: { offerId, itemId, answer, note: note || null },
        update: { answer, note: note || null },
      });
    }
  });
}

/** Complete: every item answered, none NOT_MET, no correction pending. The applicants are told at once. */
export async function markFormallyComplete(offerId: string, actor: { id: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const { offer, review, open, now } = await lockedOffer(tx, offerId);
    if (review.status === "COMPLETE" || review.status === "REJECTED")
      throw new RuleRefusal<FormalRefusal>("REVIEW_DECIDED");
    if (open) throw new RuleRefusal<FormalRefusal>("CORRECTION_OPEN");
    const [items, answers] = await Promise.all([
      tx.formalChecklistItem.count({ where: { competitionId: offer.competitionId } }),
      tx.formalReviewAnswer.findMany({ where: { offerId }, select: { answer: true } }),
    ]);
    if (answers.length < items) throw new RuleRefusal<FormalRefusal>("ITEMS_UNANSWERED");
    if (answers.some((a) => a.answer === "NOT_MET")) throw new RuleRefusal<FormalRefusal>("ITEMS_NOT_MET");
    await tx.formalReview.update({
      where: { offerId },
      data: { status: "COMPLETE", versionId: offer.currentVersionId, checkedById: actor.id, checkedAt: now },
    });
    await notifyFormalResult(tx, offer, applicantsOf(offer), actor, { status: "COMPLETE" });
  });
  await dispatchNotifications();
}

/** Rejected on formal grounds, with the reason the applicants read. */
export async function rejectFormally(offerId: string, reason: string, actor: { id: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const { offer, review, open, now } = await lockedOffer(tx, offerId);
    if (review.status === "COMPLETE" || review.status === "REJECTED")
      throw new RuleRefusal<FormalRefusal>("REVIEW_DECIDED");
    if (open) throw new RuleRefusal<FormalRefusal>("CORRECTION_OPEN");
    await tx.formalReview.update({
      where: { offerId },
      data: {
        status: "REJECTED",
        rejectionReason: reason,
        versionId: offer.currentVersionId,
        checkedById: actor.id,
        checkedAt: now,
      },
    });
    await notifyFormalResult(tx, offer, applicantsOf(offer), actor, { status: "REJECTED", reason });
  });
  await dispatchNotifications();
}

/**
 * Asks the applicants to correct the named sections by the end of a Polish
 * day. The named sections' draft rows start again from the current version
 * (not from whatever the draft held before the submission), so the editor
 * opens on the text the office read. Refused for an offer whose checklist
 * says NOT_MET for an item that cannot be corrected (a late offer).
 */
export async function requestCorrection(
  input: {
    offerId: string;
    sections: readonly OfferSectionKey[];
    attachments?: readonly string[];
    message: string;
    dueOn: string;
  },
  actor: { id: string },
): Promise<{ id: string; dueAt: Date }> {
  const result = await db().$transaction(async (tx) => {
    const { offer, review, open, now } = await lockedOffer(tx, input.offerId);
    if (review.status === "COMPLETE" || review.status === "REJECTED")
      throw new RuleRefusal<FormalRefusal>("REVIEW_DECIDED");
    if (open) throw new RuleRefusal<FormalRefusal>("CORRECTION_OPEN");
    const uncorrectable = await tx.formalReviewAnswer.count({
      where: { offerId: input.offerId, answer: "NOT_MET", item: { correctable: false } },
    });
    if (uncorrectable > 0) throw new RuleRefusal<FormalRefusal>("NOT_CORRECTABLE");
    const dueAt = endOfPolishDay(input.dueOn);
    if (!dueAt || !isAllowedDueDay(input.dueOn, now))
      throw new FieldRuleError([{ field: "dueOn", message: "invalidDate" }]);
    const version = await tx.offerVersion.findUniqueOrThrow({
      where: { id: offer.currentVersionId },
      select: { id: true, content: true },
    });
    const document = versionDocument(version.content);
    if (!document) throw new Error(`version ${version.id} unreadable`);
    // Part V's three sections are one part of the form: named together.
    const keys = expandChoice(input.sections, offer.template as OfferTemplate);
    const requirementIds = [...new Set(input.attachments ?? [])];
    const known = await tx.attachmentRequirement.count({
      where: { competitionId: offer.competitionId, id: { in: requirementIds } },
    });
    if (known !== requirementIds.length) throw new RuleRefusal<FormalRefusal>("REQUIREMENT_NOT_FOUND");
    const request = await tx.correctionRequest.create({
      data: {
        offerId: input.offerId,
        fromVersionId: version.id,
        parts: correctionPartsOf(keys, requirementIds) as Prisma.InputJsonValue,
        message: input.message,
        dueAt,
        requestedById: actor.id,
        requestedAt: now,
      },
      select: { id: true },
    });
    for (const key of keys) {
      const content = document[key] as Prisma.InputJsonValue;
      const written = await tx.offerSection.updateMany({
        where: { offerId: input.offerId, key },
        data: { content, revision: { increment: 1 }, updatedById: actor.id },
      });
      if (written.count === 0)
        await tx.offerSection.create({
          data: { offerId: input.offerId, key, content, revision: 1, updatedById: actor.id },
        });
    }
    await tx.formalReview.update({
      where: { offerId: input.offerId },
      data: { status: "TO_CORRECT", checkedById: actor.id, checkedAt: now },
    });
    await notifyFormalResult(tx, offer, applicantsOf(offer), actor, {
      status: "TO_CORRECT",
      deadline: dueAt.toISOString(),
    });
    return { id: request.id, dueAt, offer };
  });
  await dispatchNotifications();
  await mailCorrectionRequest(input.offerId, result.dueAt, input.message);
  return { id: result.id, dueAt: result.dueAt };
}
