// Submitting a correction (design §2.6): a new frozen version of kind
// CORRECTION whose named sections come from the applicant's draft and every
// other section from the version the office asked about, byte for byte
// (mergeCorrection, then assertUnchangedOutside: a difference outside the
// named parts is a bug and fails the request). The new version is checked by
// checkOffer with the rules the offer was submitted under; its errors in the
// named parts refuse the submit as field errors, others are left to the
// official. The offer's current version moves; the earlier ones stay as they
// were (the database refuses any change to them). Files added for the named
// requirements replace that requirement's file of the same applicant. The
// request is answered and the formal check is back with the office.
import { db } from "@/lib/db/client";
import { arrivalTime } from "@/lib/db/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { checkOfferWithTotals } from "@/lib/offers/calc/check-offer";
import { versionCheckContext } from "@/lib/offers/corrections/check-context";
import { assertUnchangedOutside, mergeCorrection } from "@/lib/offers/corrections/merge";
import { lockedCorrection, type CorrectionRefusal } from "@/lib/offers/corrections/mutations";
import { requirementsNamedBy } from "@/lib/offers/corrections/named";
import { assembleDocument } from "@/lib/offers/document/assemble";
import type { OfferTemplate } from "@/lib/offers/document/schema";
import { offerSubject } from "@/lib/offers/notification-links";
import { problemFieldErrors } from "@/lib/offers/submission/problem-text";
import { SUBMIT_TRANSACTION } from "@/lib/offers/submission/submit-steps";
import { freezeVersion, VERSION_SCHEMA, versionDocument } from "@/lib/offers/submission/versions";
import { templateDefinition } from "@/lib/offers/template/templates";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type CorrectionSubmitted = { versionId: string; number: number; shortChecksum: string; submittedAt: Date };

export async function submitCorrection(
  input: { offerId: string; revisions: Partial<Record<string, number>> },
  actor: { id: string },
  locale: Locale,
): Promise<CorrectionSubmitted> {
  const now = await arrivalTime();
  const result = await db().$transaction(async (tx) => {
    const { offer, request, named } = await lockedCorrection(tx, input.offerId, now);
    const requirements = requirementsNamedBy(request.parts);
    const current = await tx.offerVersion.findUniqueOrThrow({
      where: { id: offer.currentVersionId! },
      select: {
        id: true,
        number: true,
        content: true,
        rulesSnapshot: true,
        attachments: {
          select: {
            attachmentId: true,
            sha256: true,
            attachment: { select: { requirementId: true, organisationId: true } },
          },
        },
      },
    });
    const rows = await tx.offerSection.findMany({
      where: { offerId: offer.id, key: { in: named } },
      select: { key: true, content: true, revision: true },
    });
    // The applicant submits what their tab saw: every named section at the revision it last saved.
    if (rows.length !== named.length || rows.some((row) => input.revisions[row.key] !== row.revision))
      throw new RuleRefusal<CorrectionRefusal>("STALE_DRAFT");
    const previous = versionDocument(current.content);
    if (!previous) throw new Error(`version ${current.id} unreadable`);
    const template = offer.template as OfferTemplate;
    const { document: draft } = assembleDocument(rows, template, previous.years);
    const next = mergeCorrection(previous, draft, named);
    assertUnchangedOutside(previous, next, named);

    const check = checkOfferWithTotals(next, versionCheckContext(offer.kind, current.rulesSnapshot));
    const inNamedParts = check.problems.filter((problem) =>
      named.some((key) => problem.path === key || problem.path.startsWith(`${key}.`)),
    );
    const errors = problemFieldErrors(inNamedParts, locale);
    if (errors.length > 0) throw new FieldRuleError(errors);

    const last = await tx.offerVersion.findFirstOrThrow({
      where: { offerId: offer.id },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const number = last.number + 1;
    const frozen = freezeVersion(
      {
        offerId: offer.id,
        number,
        institutionId: offer.institutionId,
        competitionId: offer.competitionId,
        taskId: offer.taskId,
        kind: offer.kind,
        submittedAt: now.toISOString(),
      },
      next,
    );
    const funding = check.funding;
    const version = await tx.offerVersion.create({
      data: {
        offerId: offer.id,
        number,
        kind: "CORRECTION",
        basedOnVersionId: current.id,
        correctionId: request.id,
        templateVersion: templateDefinition(template).templateVersion,
        schemaVersion: VERSION_SCHEMA,
        content: { header: frozen.header, document: frozen.document } as unknown as Prisma.InputJsonValue,
        checksum: frozen.checksum.hex,
        shortChecksum: frozen.checksum.short,
        submittedAt: now,
        submittedById: actor.id,
        totalCost: BigInt(funding.total),
        requestedGrant: BigInt(funding.grant),
        ownFinancial: BigInt(funding.ownFinancial),
        ownNonFinancial: BigInt(funding.ownNonFinancial),
        recipientPayments: BigInt(funding.recipientPayments),
        years: next.years,
        // Checked by the rules it was first submitted under, and kept with it.
        rulesSnapshot: current.rulesSnapshot as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    // The files: those the office read, except where a file was added for a requirement the request names
    // (it replaces that requirement's file for the same applicant), plus the files added for those requirements.
    const slot = (a: { requirementId: string | null; organisationId: string | null }) =>
      `${a.requirementId ?? ""}:${a.organisationId ?? ""}`;
    const added = await tx.offerAttachment.findMany({
      where: { offerId: offer.id, requirementId: { in: requirements }, versions: { none: {} } },
      select: { id: true, requirementId: true, organisationId: true, file: { select: { sha256: true } } },
    });
    const replaced = new Set(added.map(slot));
    const files = [
      ...current.attachments
        .filter((a) => !replaced.has(slot(a.attachment)))
        .map((a) => ({ attachmentId: a.attachmentId, sha256: a.sha256 })),
      ...added.map((a) => ({ attachmentId: a.id, sha256: a.file.sha256 })),
    ];
    if (files.length > 0) {
      await tx.offerVersionAttachment.createMany({ data: files.map((f) => ({ versionId: version.id, ...f })) });
    }
    const title = next.description.title?.trim() || offer.title;
    await tx.offer.update({
      where: { id: offer.id },
      data: {
        currentVersionId: version.id,
        title,
        totalCost: BigInt(funding.total),
        requestedGrant: BigInt(funding.grant),
      },
    });
    await tx.correctionRequest.update({ where: { id: request.id }, data: { status: "ANSWERED", answeredAt: now } });
    await tx.formalReview.update({ where: { offerId: offer.id }, data: { status: "PENDING", versionId: version.id } });
    await notify(
      {
        type: "offer.correction_submitted",
        subject: offerSubject({ id: offer.id, title }),
        actor: { userId: actor.id, organisationId: offer.leadOrganisationId },
        audience: { institutions: [{ id: offer.institutionId, roles: ["ADMINISTRATOR", "OFFICIAL"] }] },
        data: { version: String(number) },
      },
      tx,
    );
    return { versionId: version.id, number, shortChecksum: frozen.checksum.short, submittedAt: now };
  }, SUBMIT_TRANSACTION);
  await dispatchNotifications();
  return result;
}
