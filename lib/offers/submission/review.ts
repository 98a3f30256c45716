// What the submit page shows: every problem a submission would be refused for
// (the same checkOffer with the same database facts as the submit mutation),
// the warnings, the statements as chosen, the attachments, the totals, and
// the revisions the page saw (sent back with the submission, so a draft
// changed meanwhile is refused rather than submitted unseen).
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { checkOfferWithTotals } from "@/lib/offers/calc/check-offer";
import { assembleDocument } from "@/lib/offers/document/assemble";
import { templateField } from "@/lib/offers/template/templates";
import { statementText } from "@/lib/offers/pdf/layout";
import { offerCheckContext, offerContextSelect } from "@/lib/offers/submission/context";
import { isApplicantReader } from "@/lib/offers/submission/policy";
import { submitPageOrder } from "@/lib/offers/submission/problem-order";
import { problemTexts } from "@/lib/offers/submission/problem-text";
import { asRuleValues, smallGrantFacts, smallGrantRules } from "@/lib/small-grants/limits";

/** Problems about who the applicants are, which the submit page names before the fields to fill in. */
const STANDING: ReadonlySet<string> = new Set([
  "LEAD_UNVERIFIED",
  "CO_APPLICANT_UNVERIFIED",
  "CO_APPLICANT_NOT_ACCEPTED",
]);

export type SubmissionReview = NonNullable<Awaited<ReturnType<typeof submissionReview>>>;

export async function submissionReview(offerId: string, actor: Actor, locale: Locale, now = new Date()) {
  const offer = await db().offer.findUnique({
    where: { id: offerId },
    select: {
      ...offerContextSelect,
      id: true,
      template: true,
      status: true,
      title: true,
      leadOrganisationId: true,
      competition: {
        select: {
          ...offerContextSelect.competition.select,
          slug: true,
          title: true,
          offersOpenAt: true,
          offersDeadline: true,
          status: true,
        },
      },
      task: { select: { ...offerContextSelect.task.select, number: true, kindName: true } },
      institution: { select: { name: true, officeName: true } },
      sections: { select: { key: true, content: true, revision: true } },
      attachments: {
        select: {
          requirementId: true,
          organisationId: true,
          title: true,
          requirement: { select: { label: true } },
          file: { select: { originalName: true } },
        },
      },
    },
  });
  if (!offer || !isApplicantReader(actor, offer)) return null;
  const competition = offer.competition;
  // A small-grant offer (art. 19a) goes to an office's intake, not to a competition: its checks are the
  // small-grant limits in force today with what the office already granted this year, as its submit runs them.
  const smallGrant = offer.template === "SIMPLIFIED_2018";
  if (!competition && !smallGrant) return null;
  const { document } = assembleDocument(offer.sections, offer.template, competition?.allowedYears ?? []);
  const facts = smallGrant ? await smallGrantFacts(offer.id, now) : null;
  const check = checkOfferWithTotals(
    document,
    facts
      ? { kind: "SINGLE", rules: asRuleValues(await smallGrantRules(now)), facts: { smallGrant: facts } }
      : offerCheckContext(offer, document, offer.leadOrganisationId),
  );
  const texts = problemTexts(check.problems, locale);
  // What typing cannot fix (another organisation's consent, verification) first, not among the empty fields,
  // and each offeror's fields of section II together (lib/offers/submission/problem-order.ts).
  const problems = submitPageOrder(
    check.problems.map((problem, i) => ({
      severity: problem.severity,
      first: STANDING.has(problem.code),
      ...texts[i]!,
    })),
  ).map(({ first: _first, ...problem }) => problem);
  const statements = (["s1", "s2", "s3", "s4", "s5", "s6", "s7"] as const).map((key, i) => {
    const field = templateField(offer.template, "statements", key);
    const value = document.statements[key];
    return { number: i + 1, chosen: value !== undefined, text: field ? statementText(field, value) : key };
  });
  return {
    offer: { id: offer.id, title: document.description.title || offer.title, status: offer.status, kind: offer.kind },
    competition: competition
      ? { slug: competition.slug, title: competition.title, deadline: competition.offersDeadline }
      : null,
    /** The office a small-grant offer goes to (its intake decides whether it is accepted). */
    office: offer.institution.officeName ?? offer.institution.name,
    smallGrant,
    task: offer.task ? `${offer.task.number}. ${offer.task.kindName}` : "",
    accepting: competition
      ? competition.status === "PUBLISHED" && now >= competition.offersOpenAt && now < competition.offersDeadline
      : Boolean(facts?.intakeOpen),
    maySubmit: can(actor, "offers.submit", { organisationId: offer.leadOrganisationId }),
    errors: problems.filter((p) => p.severity === "error"),
    warnings: problems.filter((p) => p.severity === "warning"),
    statements,
    attachments: offer.attachments.map((a) => ({
      title: a.title || a.file.originalName,
      requirement: a.requirement?.label ?? null,
    })),
    totals: { total: check.funding.total, grant: check.funding.grant, own: check.funding.own },
    revisions: Object.fromEntries(offer.sections.map((s) => [s.key, s.revision])),
  };
}
