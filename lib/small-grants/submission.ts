// Submitting a small-grant offer (art. 19a): the simplified offer has no
// competition and no deadline; it goes to the office's intake. The competition
// submit (lib/offers/submission, s18-s5) refuses SIMPLIFIED_2018 offers and
// leaves them to this file. The same guarantees as there: one transaction,
// the offer row locked (of simultaneous submits one writes a version), the
// database's clock read as the submit's arrival (lib/db/clock.ts: the receipt
// day and the rules in force are those of when it came, not of when its
// transaction got a connection), the document assembled from the stored sections the
// caller saw at their revisions, checkOffer with the limits in force on the
// receipt day and the office's facts (intake, used this year by the
// organisation and by everyone, planned total), its errors as field errors in
// words. The lock, the staleness check and the version are the competition
// submit's own steps (lib/offers/submission/submit-steps.ts), so its PDF and
// readers are shared; the case and its publish-by clock open in the same
// transaction.
import { db } from "@/lib/db/client";
import { arrivalTime } from "@/lib/db/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { checkOfferWithTotals } from "@/lib/offers/calc/check-offer";
import { assembleDocument } from "@/lib/offers/document/assemble";
import { offerSubject } from "@/lib/offers/notification-links";
import { problemFieldErrors } from "@/lib/offers/submission/problem-text";
import {
  lockOffer,
  sawEverySection,
  storeSubmittedVersion,
  SUBMIT_TRANSACTION,
} from "@/lib/offers/submission/submit-steps";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { openSmallGrantCase } from "@/lib/small-grants/cases";
import { polishYear } from "@/lib/small-grants/clock";
import { asRuleValues, smallGrantFacts, smallGrantRules } from "@/lib/small-grants/limits";

export type SmallGrantSubmitRefusal = "OFFER_NOT_DRAFT" | "NOT_A_SMALL_GRANT" | "STALE_DRAFT" | "JOINT_NOT_ALLOWED";
export class SmallGrantSubmitError extends RuleRefusal<SmallGrantSubmitRefusal> {}

export async function submitSmallGrantOffer(
  input: { offerId: string; revisions: Record<string, number> },
  actor: { id: string },
  locale: Locale,
): Promise<{ versionId: string; number: number; shortChecksum: string; submittedAt: Date; caseId: string }> {
  const now = await arrivalTime();
  const result = await db().$transaction(async (tx: Prisma.TransactionClient) => {
    if (!(await lockOffer(tx, input.offerId))) throw new SmallGrantSubmitError("NOT_A_SMALL_GRANT");
    const offer = await tx.offer.findUniqueOrThrow({
      where: { id: input.offerId },
      select: {
        id: true,
        template: true,
        status: true,
        kind: true,
        title: true,
        institutionId: true,
        leadOrganisationId: true,
        leadOrganisation: { select: { name: true, verifiedAt: true } },
        coApplicants: { select: { organisationId: true } },
        sections: { select: { key: true, content: true, revision: true } },
        versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
      },
    });
    if (offer.template !== "SIMPLIFIED_2018") throw new SmallGrantSubmitError("NOT_A_SMALL_GRANT");
    if (offer.status !== "DRAFT") throw new SmallGrantSubmitError("OFFER_NOT_DRAFT");
    if (!sawEverySection(offer.sections, input.revisions)) throw new SmallGrantSubmitError("STALE_DRAFT");
    // One organisation's offer: it is checked and published as such (co-applicants are refused when added too).
    if (offer.coApplicants.length > 0) throw new SmallGrantSubmitError("JOINT_NOT_ALLOWED");

    // One submission at a time per office and year: each sums what the others already took (the yearly
    // limit per organisation, the share of the plan), so two at once must not both see the old sums.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`small-grant-limits:${offer.institutionId}:${polishYear(now)}`}))`;
    const { document } = assembleDocument(offer.sections, offer.template, [polishYear(now)]);
    const rules = await smallGrantRules(now);
    const facts = await smallGrantFacts(offer.id, now, tx);
    const check = checkOfferWithTotals(document, {
      kind: "SINGLE",
      rules: asRuleValues(rules),
      facts: {
        smallGrant: facts,
        // Checked under the lock: an organisation whose verification was withdrawn may not submit (review H1).
        unverifiedLead: offer.leadOrganisation.verifiedAt
          ? null
          : { organisationId: offer.leadOrganisationId, name: offer.leadOrganisation.name },
      },
    });
    const errors = problemFieldErrors(check.problems, locale);
    if (errors.length > 0) throw new FieldRuleError(errors);

    // A small grant answers no competition: its version's header names none.
    const { versionId, number, checksum, title } = await storeSubmittedVersion(
      tx,
      { ...offer, competitionId: null, taskId: null },
      {
        document,
        funding: check.funding,
        now,
        submittedById: actor.id,
        rulesSnapshot: { rules, facts } as unknown as Prisma.InputJsonValue,
      },
    );
    const smallGrant = await openSmallGrantCase(
      tx,
      { id: offer.id, institutionId: offer.institutionId, leadOrganisationId: offer.leadOrganisationId, title },
      { submittedAt: now, submittedById: actor.id },
    );
    await notify(
      {
        type: "offer.submitted",
        subject: offerSubject({ id: offer.id, title }),
        actor: { userId: actor.id, organisationId: offer.leadOrganisationId },
        audience: { organisations: [{ id: offer.leadOrganisationId, roles: ["OWNER", "EDITOR"] }] },
        data: { version: String(number), checksum: checksum.short },
      },
      tx,
    );
    return { versionId, number, shortChecksum: checksum.short, submittedAt: now, caseId: smallGrant.id };
  }, SUBMIT_TRANSACTION);
  await dispatchNotifications();
  return result;
}
