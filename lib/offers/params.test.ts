import { offerParams, toGrosze, type ParamsCompetition, type ParamsTask } from "@/lib/offers/params";

const competition: ParamsCompetition = {
  minGrant: 100_000n,
  maxGrant: 5_000_000n,
  minOwnContributionBp: 1_000,
  minOwnFinancialBp: 500,
  nonFinancialCounts: true,
  maxAdminCostBp: 1_500,
  adminCapBase: "TOTAL_COST",
  resultsTableWaived: false,
  jointOffersAllowed: true,
  recipientPaymentsAllowed: false,
  askBankAccount: true,
  allowedYears: [2027, 2028],
  implementationStartsOn: new Date("2027-02-01T00:00:00Z"),
  implementationEndsOn: null,
};
const task: ParamsTask = {
  form: "SUPPORT",
  pool: 20_000_000n,
  minGrant: null,
  maxGrant: 3_000_000n,
  minOwnContributionBp: null,
  maxAdminCostBp: 1_000,
};

describe("the parameters an offer is checked against", () => {
  it("takes the task's own values before the competition's, amounts as grosze and the window as days", () => {
    expect(offerParams(competition, task)).toEqual({
      form: "SUPPORT",
      minGrant: 100_000,
      maxGrant: 3_000_000,
      pool: 20_000_000,
      minOwnContributionBp: 1_000,
      minOwnFinancialBp: 500,
      nonFinancialCounts: true,
      maxAdminCostBp: 1_000,
      adminCapBase: "TOTAL_COST",
      resultsTableWaived: false,
      jointOffersAllowed: true,
      recipientPaymentsAllowed: false,
      askBankAccount: true,
      allowedYears: [2027, 2028],
      implementationStartsOn: "2027-02-01",
      implementationEndsOn: null,
    });
  });

  it("refuses an amount it cannot hold to the grosz", () => {
    expect(() => toGrosze(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(RangeError);
  });
});
