// Every rule an offer is held to, as one pure function: the browser runs it as
// one types (the reason in words beside the field) and the submit mutation runs
// it again on the document assembled from the database, with facts only the
// server knows. Total and deterministic: the same document and context always
// give the same problems in the same order, and no input makes it throw.
// Shares are compared by integer cross-multiplication, never by division.
import type { OfferDocument } from "@/lib/offers/document/schema";
import { checkFields } from "@/lib/offers/calc/check-fields";
import { checkPlan, checkSmallGrant, checkDates, checkJoint, checkFacts } from "@/lib/offers/calc/check-structure";
import { computeCosts, type CostTotals } from "@/lib/offers/calc/costs";
import { computeFunding, type FundingTotals } from "@/lib/offers/calc/funding";
import { atLeastShare, atMostShare, MAX_AMOUNT, minimumForShare, type Grosze } from "@/lib/offers/calc/money";
import type { Problem } from "@/lib/offers/calc/problems";

export type { Problem, ProblemCode } from "@/lib/offers/calc/problems";

/** The competition's parameters for the task (the task's overrides already applied). */
export type OfferParams = {
  form?: "SUPPORT" | "ENTRUSTMENT";
  minGrant?: Grosze | null;
  maxGrant?: Grosze | null;
  /** The task's pool: a grant above it is only a warning (the office may add funds). */
  pool?: Grosze | null;
  minOwnContributionBp?: number | null;
  minOwnFinancialBp?: number | null;
  nonFinancialCounts?: boolean;
  maxAdminCostBp?: number | null;
  adminCapBase?: "TOTAL_COST" | "GRANT";
  resultsTableWaived?: boolean;
  jointOffersAllowed?: boolean;
  recipientPaymentsAllowed?: boolean;
  askBankAccount?: boolean;
  /** Years the task may run in; empty = any. */
  allowedYears?: number[];
  /** The implementation window of the announcement (calendar days). */
  implementationStartsOn?: string | null;
  implementationEndsOn?: string | null;
};

/** LegalRule values in force for the offer (the competition's or the receipt day's snapshot), by rule key. */
export type RuleValues = Partial<
  Record<
    | "smallGrant.maxGrant"
    | "smallGrant.maxDays"
    | "smallGrant.maxPerOrganisationYear"
    | "smallGrant.maxShareOfPlannedBp"
    | (string & {}),
    number
  >
>;

/** What only the database knows; a check whose fact is missing is skipped (the browser's case). */
export type OfferFacts = {
  /** The lead organisation when it is not (or no longer) verified: it may not submit. */
  unverifiedLead?: { organisationId: string; name: string } | null;
  unverifiedCoApplicants?: { organisationId: string; name: string }[];
  /** Co-applicants whose owners or editors have not accepted joining the offer. */
  pendingCoApplicants?: { organisationId: string; name: string }[];
  missingAttachments?: { requirementId: string; label: string; organisationId?: string; applicantName?: string }[];
  smallGrant?: {
    intakeOpen: boolean;
    /** Small grants this organisation already got (or has pending) from this executive in the year, without this offer. */
    organisationYearUsed: Grosze;
    /** Small grants of the executive in the year, without this offer. */
    poolUsed: Grosze;
    /** Grants planned in the budget for public-benefit tasks that year (the basis of the share). */
    plannedTotal: Grosze;
  };
};

export type CheckContext = {
  kind: "SINGLE" | "JOINT";
  params?: OfferParams;
  rules?: RuleValues;
  facts?: OfferFacts;
};

export type OfferCheck = { problems: Problem[]; costs: CostTotals; funding: FundingTotals };

const fieldKey = (name: string) => `offerEditor.fields.${name}`;

function checkCosts(doc: OfferDocument, costs: CostTotals, add: (p: Problem) => void): void {
  costs.lines.forEach((line, i) => {
    if (line.overflow) {
      add({
        code: "AMOUNT_TOO_LARGE",
        path: `costs.lines.${i}.qtyMilli`,
        severity: "error",
        field: fieldKey("costQuantity"),
        values: { max: MAX_AMOUNT },
      });
    }
    if (doc.costs.lines[i]!.unitCost === 0) {
      add({
        code: "AMOUNT_INVALID",
        path: `costs.lines.${i}.unitCost`,
        severity: "error",
        field: fieldKey("costUnitCost"),
        values: {},
      });
    }
  });
  if (doc.costs.lines.length === 0) {
    add({ code: "REQUIRED", path: "costs.lines", severity: "error", field: fieldKey("costName"), values: {} });
  }
  if (costs.grandTotal > MAX_AMOUNT) {
    add({
      code: "AMOUNT_TOO_LARGE",
      path: "costs",
      severity: "error",
      field: fieldKey("costGrandTotal"),
      values: { max: MAX_AMOUNT },
    });
  }
}

function checkFunding(
  doc: OfferDocument,
  ctx: CheckContext,
  costs: CostTotals,
  f: FundingTotals,
  add: (p: Problem) => void,
): void {
  const params = ctx.params ?? {};
  const sources = f.grant + f.own + f.recipientPayments;
  if (f.difference !== 0) {
    add({
      code: "FUNDING_DOES_NOT_ADD_UP",
      path: "funding",
      severity: "error",
      field: fieldKey("fundingTotal"),
      values: { total: f.total, sources, difference: f.difference },
    });
  }
  const grantField = fieldKey("fundingGrant");
  if (params.maxGrant != null && f.grant > params.maxGrant) {
    add({
      code: "GRANT_ABOVE_MAX",
      path: "funding.grant",
      severity: "error",
      field: grantField,
      values: { grant: f.grant, max: params.maxGrant },
    });
  }
  if (params.minGrant != null && f.grant < params.minGrant) {
    add({
      code: "GRANT_BELOW_MIN",
      path: "funding.grant",
      severity: "error",
      field: grantField,
      values: { grant: f.grant, min: params.minGrant },
    });
  }
  if (params.pool != null && f.grant > params.pool) {
    add({
      code: "GRANT_ABOVE_POOL",
      path: "funding.grant",
      severity: "warning",
      field: grantField,
      values: { grant: f.grant, pool: params.pool },
    });
  }
  // Entrusting a task funds it in full (art. 5 ust. 4 pkt 1); own contribution minimums are for supporting it.
  const support = params.form !== "ENTRUSTMENT";
  const counted = f.ownFinancial + (params.nonFinancialCounts === false ? 0 : f.ownNonFinancial);
  if (support && params.minOwnContributionBp != null && !atLeastShare(counted, params.minOwnContributionBp, f.total)) {
    add({
      code: "OWN_CONTRIBUTION_BELOW_MIN",
      path: "funding.ownFinancial",
      severity: "error",
      field: fieldKey("fundingOwn"),
      values: {
        own: counted,
        minimum: minimumForShare(params.minOwnContributionBp, f.total),
        minShare: params.minOwnContributionBp,
      },
    });
  }
  if (support && params.minOwnFinancialBp != null && !atLeastShare(f.ownFinancial, params.minOwnFinancialBp, f.total)) {
    add({
      code: "OWN_FINANCIAL_BELOW_MIN",
      path: "funding.ownFinancial",
      severity: "error",
      field: fieldKey("fundingOwnFinancial"),
      values: {
        own: f.ownFinancial,
        minimum: minimumForShare(params.minOwnFinancialBp, f.total),
        minShare: params.minOwnFinancialBp,
      },
    });
  }
  if (params.nonFinancialCounts === false && f.ownNonFinancial > 0) {
    add({
      code: "NON_FINANCIAL_NOT_COUNTED",
      path: "funding.ownNonFinancial",
      severity: "warning",
      field: fieldKey("fundingOwnNonFinancial"),
      values: { amount: f.ownNonFinancial },
    });
  }
  if (f.recipientPayments > 0 && params.recipientPaymentsAllowed === false) {
    add({
      code: "RECIPIENT_PAYMENTS_NOT_ALLOWED",
      path: "funding.recipientPayments",
      severity: "error",
      field: fieldKey("fundingRecipientPayments"),
      values: { amount: f.recipientPayments },
    });
  }
  if (f.recipientPayments > 0 && doc.template === "FULL_2018" && doc.other.paid === "FREE") {
    add({
      code: "RECIPIENT_PAYMENTS_NEED_PAID",
      path: "other.paid",
      severity: "error",
      field: fieldKey("paid"),
      values: { amount: f.recipientPayments },
    });
  }
  if (params.maxAdminCostBp != null) {
    const base = params.adminCapBase === "GRANT" ? f.grant : costs.grandTotal;
    if (!atMostShare(costs.adminTotal, params.maxAdminCostBp, base)) {
      const max = Number((BigInt(params.maxAdminCostBp) * BigInt(base)) / 10_000n);
      add({
        code: "ADMIN_COSTS_ABOVE_CAP",
        path: "costs.admin",
        severity: "error",
        field: fieldKey("costAdminTotal"),
        values: { admin: costs.adminTotal, max, maxShare: params.maxAdminCostBp },
      });
    }
  }
}

/** The problems of an offer, with the computed tables the form shows beside them. */
export function checkOfferWithTotals(doc: OfferDocument, ctx: CheckContext): OfferCheck {
  const problems: Problem[] = [];
  const add = (problem: Problem) => problems.push(problem);
  const costs = computeCosts(doc.costs, doc.years);
  const funding = computeFunding(costs, doc.funding);
  checkFields(doc, ctx, add);
  checkDates(doc, ctx, add);
  if (doc.template === "FULL_2018") checkPlan(doc, ctx, add);
  checkCosts(doc, costs, add);
  checkFunding(doc, ctx, costs, funding, add);
  if (doc.template === "FULL_2018") checkJoint(doc, ctx, costs, add);
  if (doc.template === "SIMPLIFIED_2018") checkSmallGrant(doc, ctx, funding, add);
  checkFacts(ctx, add);
  return { problems, costs, funding };
}

export function checkOffer(doc: OfferDocument, ctx: CheckContext): Problem[] {
  return checkOfferWithTotals(doc, ctx).problems;
}

/** True when nothing stops the submission (warnings do not). */
export function isSubmittable(problems: readonly Problem[]): boolean {
  return problems.every((problem) => problem.severity !== "error");
}
