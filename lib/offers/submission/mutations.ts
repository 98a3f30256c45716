// Submitting an offer (design §6 "Submission and the clock"). One
// transaction: the offer row is locked (FOR UPDATE), so of any number of
// simultaneous submits one writes a version and the others find the offer
// no longer a draft; the clock is the database's (clock_timestamp(), one
// clock for every web process); the document is assembled from the stored
// sections, never from the request, and submitted only if the caller saw
// every section at its current revision (a stale tab cannot submit what it
// has not seen). checkOffer runs with the database's facts; its errors are
// the form's field errors, in words. PDFs are not made here (the download
// renders them on first request), so the submit stays short.
import { db } from "@/lib/db/client";
import { arrivalTime } from "@/lib/db/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { queueMail } from "@/lib/jobs/enqueue";
import { log } from "@/lib/log";
import { checkOfferWithTotals } from "@/lib/offers/calc/check-offer";
import { assembleDocument } from "@/lib/offers/document/assemble";
import { offerSubject } from "@/lib/offers/notification-links";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { platformNameIn } from "@/lib/settings/platform-name";
import { offerCheckContext, offerContextSelect, offerRules } from "@/lib/offers/submission/context";
import { problemFieldErrors } from "@/lib/offers/submission/problem-text";
import { assertTaskOfferRoom } from "@/lib/offers/drafts/task-limit";
import { submissionReceiptMail } from "@/lib/offers/submission/receipt-mail";
import {
  lockOffer,
  sawEverySection,
  storeSubmittedVersion,
  SUBMIT_TRANSACTION,
} from "@/lib/offers/submission/submit-steps";

export type SubmitRefusal =
  | "OFFER_NOT_DRAFT"
  | "NOT_OPEN_YET"
  | "DEADLINE_PASSED"
  | "STALE_DRAFT"
  | "NOT_A_COMPETITION_OFFER"
  | "OFFERS_PER_TASK_LIMIT";

export type SubmitInput = { offerId: string; revisions: Record<string, number> };
export type Submitted = {
  versionId: string;
  number: number;
  checksum: string;
  shortChecksum: string;
  submittedAt: Date;
};

export async function submitOffer(input: SubmitInput, actor: { id: string }, locale: Locale): Promise<Submitted> {
  // Taken before anything waits; the deadline and submittedAt are judged by it, the offer's state by the lock.
  const now = await arrivalTime();
  const result = await db().$transaction(async (tx) => {
    if (!(await lockOffer(tx, input.offerId))) throw new RuleRefusal<SubmitRefusal>("OFFER_NOT_DRAFT");
    const offer = await tx.offer.findUniqueOrThrow({
      where: { id: input.offerId },
      select: {
        ...offerContextSelect,
        id: true,
        template: true,
        status: true,
        title: true,
        institutionId: true,
        competitionId: true,
        taskId: true,
        leadOrganisationId: true,
        competition: {
          select: {
            ...offerContextSelect.competition.select,
            title: true,
            status: true,
            offersOpenAt: true,
            offersDeadline: true,
            maxOffersPerApplicantPerTask: true,
          },
        },
        sections: { select: { key: true, content: true, revision: true } },
        versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
      },
    });
    if (offer.status !== "DRAFT") throw new RuleRefusal<SubmitRefusal>("OFFER_NOT_DRAFT");
    // Small grants are submitted through their own intake (lib/small-grants), with its limits as facts.
    const competition = offer.competition;
    if (offer.template !== "FULL_2018" || !competition) throw new RuleRefusal<SubmitRefusal>("NOT_A_COMPETITION_OFFER");
    // A decided or annulled competition is past its deadline whatever its dates say.
    if (competition.status === "DRAFT" || (competition.status === "PUBLISHED" && now < competition.offersOpenAt))
      throw new RuleRefusal<SubmitRefusal>("NOT_OPEN_YET");
    if (competition.status !== "PUBLISHED" || now >= competition.offersDeadline)
      throw new RuleRefusal<SubmitRefusal>("DEADLINE_PASSED");
    if (!sawEverySection(offer.sections, input.revisions)) throw new RuleRefusal<SubmitRefusal>("STALE_DRAFT");
    // Re-checked here too: drafts started in a race, or a withdrawn offer reopened, may exceed the limit.
    if (offer.taskId)
      await assertTaskOfferRoom(tx, {
        taskId: offer.taskId,
        leadOrganisationId: offer.leadOrganisationId,
        limit: competition.maxOffersPerApplicantPerTask,
        offerId: offer.id,
      });

    const { document, issues } = assembleDocument(offer.sections, offer.template, competition.allowedYears);
    if (issues.length > 0) log.warn("offer sections unreadable at submit", { offerId: offer.id, issues });
    const context = offerCheckContext(offer, document, offer.leadOrganisationId);
    const check = checkOfferWithTotals(document, context);
    const errors = problemFieldErrors(check.problems, locale);
    if (errors.length > 0) throw new FieldRuleError(errors);

    const stored = await storeSubmittedVersion(tx, offer, {
      document,
      funding: check.funding,
      now,
      submittedById: actor.id,
      rulesSnapshot: { params: context.params, rules: offerRules(offer) } as Prisma.InputJsonValue,
    });
    const { title, number, checksum } = stored;
    const applicants = [offer.leadOrganisationId, ...offer.coApplicants.map((c) => c.organisationId)];
    await notify(
      {
        type: "offer.submitted",
        subject: offerSubject({ id: offer.id, title }),
        actor: { userId: actor.id, organisationId: offer.leadOrganisationId },
        audience: { organisations: applicants.map((id) => ({ id, roles: ["OWNER", "EDITOR"] })) },
        data: { version: String(number), checksum: checksum.short },
      },
      tx,
    );
    return {
      submitted: {
        versionId: stored.versionId,
        number,
        checksum: checksum.hex,
        shortChecksum: checksum.short,
        submittedAt: now,
      },
      title,
      competitionTitle: competition.title,
    };
  }, SUBMIT_TRANSACTION);
  await dispatchNotifications();
  await sendReceipt(actor.id, input.offerId, result.title, result.competitionTitle, result.submitted);
  return result.submitted;
}

/** The receipt e-mail; a failure to queue it is logged, never undoes the submission. */
async function sendReceipt(
  userId: string,
  offerId: string,
  title: string,
  competition: string,
  submitted: Submitted,
): Promise<void> {
  try {
    const user = await db().user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, name: true, locale: true },
    });
    const locale: Locale = isLocale(user.locale) ? user.locale : "pl";
    await queueMail(
      submissionReceiptMail({
        to: user.email,
        recipientName: user.name,
        platformName: await platformNameIn(locale),
        locale,
        offerId,
        title,
        competition,
        number: submitted.number,
        checksum: submitted.checksum,
        shortChecksum: submitted.shortChecksum,
        submittedAt: submitted.submittedAt,
      }),
    );
  } catch (error) {
    log.error("submission receipt not queued", { offerId, error });
  }
}
