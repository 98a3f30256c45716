// The parameters an offer for a task is checked against (checkOffer's
// OfferParams): the competition's, with the task's own overrides applied.
// Pure, so the editor's page, the review page and the submission build them
// the same way, from the same columns (the selects below).
import type { OfferParams } from "@/lib/offers/calc/check-offer";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ParamsCompetition = {
  minGrant: bigint | null;
  maxGrant: bigint | null;
  minOwnContributionBp: number | null;
  minOwnFinancialBp: number | null;
  nonFinancialCounts: boolean;
  maxAdminCostBp: number | null;
  adminCapBase: "TOTAL_COST" | "GRANT";
  resultsTableWaived: boolean;
  jointOffersAllowed: boolean;
  recipientPaymentsAllowed: boolean;
  askBankAccount: boolean;
  allowedYears: number[];
  implementationStartsOn: Date | null;
  implementationEndsOn: Date | null;
};

export type ParamsTask = {
  form: "SUPPORT" | "ENTRUSTMENT";
  pool: bigint;
  minGrant: bigint | null;
  maxGrant: bigint | null;
  minOwnContributionBp: number | null;
  maxAdminCostBp: number | null;
};

/** The competition's columns offerParams reads. */
export const paramsCompetitionSelect = {
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
  allowedYears: true,
  implementationStartsOn: true,
  implementationEndsOn: true,
} as const satisfies Prisma.CompetitionSelect;

/** The task's columns offerParams reads (its overrides of the competition's). */
export const paramsTaskSelect = {
  form: true,
  pool: true,
  minGrant: true,
  maxGrant: true,
  minOwnContributionBp: true,
  maxAdminCostBp: true,
} as const satisfies Prisma.CompetitionTaskSelect;

/**
 * A BigInt amount from the database as grosze for the pure module. Amounts
 * there are capped far below 2^53 (design §2), so this never loses a grosz;
 * anything larger is a broken row and fails loudly.
 */
export function toGrosze(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError(`amount out of range: ${value}`);
  return Number(value);
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const amount = (value: bigint | null) => (value === null ? null : toGrosze(value));

export function offerParams(competition: ParamsCompetition, task: ParamsTask): OfferParams {
  return {
    form: task.form,
    minGrant: amount(task.minGrant ?? competition.minGrant),
    maxGrant: amount(task.maxGrant ?? competition.maxGrant),
    pool: toGrosze(task.pool),
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
    // The announcement's window, as calendar days (checkOffer compares the plan's dates with them).
    implementationStartsOn: day(competition.implementationStartsOn),
    implementationEndsOn: day(competition.implementationEndsOn),
  };
}
