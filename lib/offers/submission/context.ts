// What the submit mutation (and the review page) hold an offer to besides its
// own document: the competition's parameters with the task's overrides, the
// legal limits the competition was published under, and the facts only the
// database knows (co-applicants' verification, attachments present). The
// review page and the mutation build them the same way, so the page shows
// exactly the problems a submission would be refused for.
import type { CheckContext, OfferFacts, OfferParams, RuleValues } from "@/lib/offers/calc/check-offer";
import type { OfferDocument } from "@/lib/offers/document/schema";
import type { Prisma } from "@/lib/generated/prisma/client";

const money = (value: bigint | null | undefined) => (value == null ? null : Number(value));
const day = (value: Date | null | undefined) => (value ? value.toISOString().slice(0, 10) : null);

/** The rows the context is built from; `offerContextSelect` reads exactly these. */
export const offerContextSelect = {
  kind: true,
  leadOrganisation: { select: { name: true, verifiedAt: true } },
  coApplicants: {
    orderBy: { position: "asc" },
    select: { organisationId: true, acceptedAt: true, organisation: { select: { name: true, verifiedAt: true } } },
  },
  attachments: { select: { requirementId: true, organisationId: true } },
  task: {
    select: {
      form: true,
      pool: true,
      minGrant: true,
      maxGrant: true,
      minOwnContributionBp: true,
      maxAdminCostBp: true,
    },
  },
  competition: {
    select: {
      allowedYears: true,
      implementationStartsOn: true,
      implementationEndsOn: true,
      minGrant: true,
      maxGrant: true,
      minOwnContributionBp: true,
      minOwnFinancialBp: true,
      nonFinancialCounts: true,
      maxAdminCostBp: true,
      adminCapBase: true,
      resultsTableWaived: true,
      jointOffersAllowed: true,
      recipientPaymentsAllowed: true,
      askBankAccount: true,
      rulesSnapshot: true,
      attachmentRequirements: {
        orderBy: { position: "asc" },
        select: { id: true, label: true, required: true, perApplicant: true, condition: true },
      },
    },
  },
} satisfies Prisma.OfferSelect;

export type OfferContextRow = Prisma.OfferGetPayload<{ select: typeof offerContextSelect }>;

/** The competition's parameters for the offer's task, the task's own values taking precedence. */
export function offerParams(row: OfferContextRow): OfferParams {
  const competition = row.competition;
  const task = row.task;
  if (!competition || !task) return {};
  return {
    form: task.form,
    minGrant: money(task.minGrant ?? competition.minGrant),
    maxGrant: money(task.maxGrant ?? competition.maxGrant),
    pool: money(task.pool),
    minOwnContributionBp: task.minOwnContributionBp ?? competition.minOwnContributionBp,
    minOwnFinancialBp: competition.minOwnFinancialBp,
    nonFinancialCounts: competition.nonFinancialCounts,
    maxAdminCostBp: task.maxAdminCostBp ?? competition.maxAdminCostBp,
    adminCapBase: competition.adminCapBase,
    resultsTableWaived: competition.resultsTableWaived,
    jointOffersAllowed: competition.jointOffersAllowed,
    recipientPaymentsAllowed: competition.recipientPaymentsAllowed,
    askBankAccount: competition.askBankAccount,
    allowedYears: competition.allowedYears,
    implementationStartsOn: day(competition.implementationStartsOn),
    implementationEndsOn: day(competition.implementationEndsOn),
  };
}

/** The limits the competition was published under (its snapshot); numbers only, as checkOffer reads them. */
export function offerRules(row: OfferContextRow): RuleValues {
  const snapshot = row.competition?.rulesSnapshot;
  if (!snapshot || typeof snapshot !== "object" || Array.isArray(snapshot)) return {};
  return Object.fromEntries(
    Object.entries(snapshot).filter((entry): entry is [string, number] => typeof entry[1] === "number"),
  );
}

/**
 * Whether a requirement applies to this offer, and to which applicant. A
 * power of attorney (PROXY_SIGNS) depends on who signs, which the platform
 * does not know before the confirmation: the applicant decides, so it is never
 * reported missing here.
 */
function applies(
  condition: string,
  joint: boolean,
  applicant: OfferDocument["applicants"]["list"][number] | undefined,
): boolean {
  switch (condition) {
    case "ALWAYS":
      return true;
    case "JOINT_ONLY":
      return joint;
    case "NOT_IN_KRS":
      return applicant?.register?.kind === "OTHER";
    default:
      return false;
  }
}

/** The facts of the database: applicants not (or no longer) verified or not yet agreed, required attachments not uploaded. */
export function offerFacts(row: OfferContextRow, document: OfferDocument, leadOrganisationId: string): OfferFacts {
  const joint = row.kind === "JOINT";
  // The trust mark falls with the fact: a lead whose verification was withdrawn may not submit.
  const unverifiedLead =
    row.leadOrganisation.verifiedAt === null
      ? { organisationId: leadOrganisationId, name: row.leadOrganisation.name }
      : null;
  const unverifiedCoApplicants = row.coApplicants
    .filter((c) => c.organisation.verifiedAt === null)
    .map((c) => ({ organisationId: c.organisationId, name: c.organisation.name }));
  // A co-applicant joins only with its own consent (security review M1): until one of its owners or
  // editors accepted, the lead cannot submit in its name.
  const pendingCoApplicants = row.coApplicants
    .filter((c) => c.acceptedAt === null)
    .map((c) => ({ organisationId: c.organisationId, name: c.organisation.name }));
  const applicantIds = [leadOrganisationId, ...row.coApplicants.map((c) => c.organisationId)];
  const applicantOf = (organisationId: string) =>
    document.applicants.list.find((a) => a.organisationId === organisationId);
  const has = (requirementId: string, organisationId?: string) =>
    row.attachments.some(
      (a) => a.requirementId === requirementId && (organisationId === undefined || a.organisationId === organisationId),
    );
  const missingAttachments: NonNullable<OfferFacts["missingAttachments"]> = [];
  for (const requirement of row.competition?.attachmentRequirements ?? []) {
    if (!requirement.required) continue;
    if (requirement.perApplicant) {
      for (const organisationId of applicantIds) {
        const applicant = applicantOf(organisationId);
        if (!applies(requirement.condition, joint, applicant) || has(requirement.id, organisationId)) continue;
        missingAttachments.push({
          requirementId: requirement.id,
          label: requirement.label,
          organisationId,
          applicantName: applicant?.name ?? "",
        });
      }
    } else if (applies(requirement.condition, joint, applicantOf(leadOrganisationId)) && !has(requirement.id)) {
      missingAttachments.push({ requirementId: requirement.id, label: requirement.label });
    }
  }
  return { unverifiedLead, unverifiedCoApplicants, pendingCoApplicants, missingAttachments };
}

export function offerCheckContext(
  row: OfferContextRow,
  document: OfferDocument,
  leadOrganisationId: string,
): CheckContext {
  return {
    kind: row.kind,
    params: offerParams(row),
    rules: offerRules(row),
    facts: offerFacts(row, document, leadOrganisationId),
  };
}
