import { checkOffer, type CheckContext } from "@/lib/offers/calc/check-offer";
import type { OfferDocument } from "@/lib/offers/document/schema";
import { completeOffer, typicalContext } from "@/tests/helpers/offer-arbitraries";

const codes = (doc: OfferDocument, ctx: CheckContext = typicalContext) => checkOffer(doc, ctx).map((p) => p.code);

function changed(change: (doc: OfferDocument) => void): OfferDocument {
  const doc = completeOffer();
  change(doc);
  return doc;
}

const withParams = (params: CheckContext["params"], kind: CheckContext["kind"] = "SINGLE"): CheckContext => ({
  ...typicalContext,
  kind,
  params: { ...typicalContext.params, ...params },
});

describe("checkOffer on examples", () => {
  it("finds nothing wrong with a complete offer within the competition's limits", () => {
    expect(checkOffer(completeOffer(), typicalContext)).toEqual([]);
  });

  it.each<[string, (doc: OfferDocument) => void, CheckContext, string, string]>([
    ["an empty title", (d) => (d.description.title = "  "), typicalContext, "REQUIRED", "description.title"],
    [
      "a title over the limit",
      (d) => (d.description.title = "x".repeat(301)),
      typicalContext,
      "TOO_LONG",
      "description.title",
    ],
    [
      "an applicant without a phone",
      (d) => delete d.applicants.list[0]!.phone,
      typicalContext,
      "REQUIRED",
      "applicants.list.0.phone",
    ],
    [
      "no bank account when the competition asks for it",
      () => {},
      withParams({ askBankAccount: true }),
      "REQUIRED",
      "applicants.list.0.bankAccount",
    ],
    [
      "a cost of nothing",
      (d) => (d.costs.lines[0]!.unitCost = 0),
      typicalContext,
      "AMOUNT_INVALID",
      "costs.lines.0.unitCost",
    ],
    [
      "an end before the start",
      (d) => (d.description.endsOn = "2027-02-15"),
      typicalContext,
      "DATES_ORDER",
      "description.endsOn",
    ],
    [
      "a start before the window",
      (d) => (d.description.startsOn = "2027-01-15"),
      typicalContext,
      "DATES_OUTSIDE_WINDOW",
      "description.startsOn",
    ],
    [
      "a year the announcement does not allow",
      () => {},
      withParams({ allowedYears: [2027] }),
      "YEAR_NOT_ALLOWED",
      "description.endsOn",
    ],
    [
      "actions in a year outside the task",
      (d) => (d.plan["2029"] = [{ id: "x", name: "Po terminie" }]),
      typicalContext,
      "ACTION_OUTSIDE_YEAR",
      "plan.2029",
    ],
    [
      "a cost line tied to no action",
      (d) => (d.costs.lines[0]!.actionId = "gone"),
      typicalContext,
      "COST_LINE_WITHOUT_ACTION",
      "costs.lines.0.actionId",
    ],
    ["no results table", (d) => (d.resultsTable = []), typicalContext, "RESULTS_REQUIRED", "resultsTable"],
    [
      "sources that do not cover the costs",
      (d) => (d.funding.grant = 1_979_999),
      typicalContext,
      "FUNDING_DOES_NOT_ADD_UP",
      "funding",
    ],
    ["a grant above the maximum", () => {}, withParams({ maxGrant: 1_000_000 }), "GRANT_ABOVE_MAX", "funding.grant"],
    ["a grant below the minimum", () => {}, withParams({ minGrant: 2_000_000 }), "GRANT_BELOW_MIN", "funding.grant"],
    [
      "too little own contribution",
      () => {},
      withParams({ minOwnContributionBp: 1_001 }),
      "OWN_CONTRIBUTION_BELOW_MIN",
      "funding.ownFinancial",
    ],
    [
      "too little own money",
      () => {},
      withParams({ minOwnFinancialBp: 1_000 }),
      "OWN_FINANCIAL_BELOW_MIN",
      "funding.ownFinancial",
    ],
    [
      "payments from recipients where they are not allowed",
      (d) => Object.assign(d.funding, { grant: 1_970_000, recipientPayments: 10_000 }),
      withParams({ recipientPaymentsAllowed: false }),
      "RECIPIENT_PAYMENTS_NOT_ALLOWED",
      "funding.recipientPayments",
    ],
    [
      "payments from recipients for a free task",
      (d) => Object.assign(d.funding, { grant: 1_970_000, recipientPayments: 10_000 }),
      typicalContext,
      "RECIPIENT_PAYMENTS_NEED_PAID",
      "other.paid",
    ],
    [
      "administration above the cap",
      () => {},
      withParams({ maxAdminCostBp: 900 }),
      "ADMIN_COSTS_ABOVE_CAP",
      "costs.admin",
    ],
    ["a statement not chosen", (d) => delete d.statements.s4, typicalContext, "STATEMENT_NOT_CHOSEN", "statements.s4"],
    [
      "a too large cost line",
      (d) => Object.assign(d.costs.lines[0]!, { unitCost: 2_000_000, qtyMilli: { "2027": 1_000_000_000 } }),
      typicalContext,
      "AMOUNT_TOO_LARGE",
      "costs.lines.0.qtyMilli",
    ],
  ])("reports %s", (_, change, ctx, code, path) => {
    const problems = checkOffer(changed(change), ctx);
    expect(problems.filter((p) => p.code === code).map((p) => p.path)).toContain(path);
  });

  it("warns, without stopping the offer, of an action without costs, a grant above the pool and an uncounted contribution", () => {
    const doc = changed((d) =>
      d.plan["2027"]!.push({
        id: "a3",
        name: "Bez kosztów",
        description: "-",
        targetGroup: "-",
        period: "-",
        nonPartyScope: { na: true },
      }),
    );
    const problems = checkOffer(
      doc,
      withParams({ pool: 1_000_000, nonFinancialCounts: false, minOwnContributionBp: 900 }),
    );
    expect(problems.map((p) => [p.code, p.severity])).toEqual([
      ["ACTION_WITHOUT_COSTS", "warning"],
      ["GRANT_ABOVE_POOL", "warning"],
      ["NON_FINANCIAL_NOT_COUNTED", "warning"],
    ]);
  });

  it("does not ask an entrusted task for own contribution", () => {
    const doc = changed((d) => Object.assign(d.funding, { grant: 2_200_000, ownFinancial: 0, ownNonFinancial: 0 }));
    expect(codes(doc, withParams({ form: "SUPPORT" }))).toContain("OWN_CONTRIBUTION_BELOW_MIN");
    expect(codes(doc, withParams({ form: "ENTRUSTMENT" }))).toEqual([]);
  });

  it("lets a waived results table stay empty and takes 'nie dotyczy' where the template allows it", () => {
    const doc = changed((d) => (d.resultsTable = []));
    expect(codes(doc, withParams({ resultsTableWaived: true }))).toEqual([]);
    expect(codes(changed((d) => (d.other.otherInfo = { na: true })))).toEqual([]);
  });

  it("holds a joint offer to its co-applicants, its roles and its split", () => {
    const joint = withParams({}, "JOINT");
    const doc = completeOffer();
    expect(codes(doc, joint)).toEqual(expect.arrayContaining(["REQUIRED", "JOINT_SPLIT_MISMATCH"]));
    doc.applicants.list.push({ ...doc.applicants.list[0]!, organisationId: "org-partner", name: "Zielona Odra" });
    for (const action of [...doc.plan["2027"]!, ...doc.plan["2028"]!]) action.applicantId = "org-lead";
    doc.other.jointRoles = "Lider prowadzi kursy, partner rekrutuje.";
    doc.jointSplit = { "org-lead": { "2027": 1_000_000, "2028": 1_100_000 }, "org-partner": { "2027": 100_000 } };
    expect(codes(doc, joint)).toEqual([]);
    expect(codes(doc, withParams({ jointOffersAllowed: false }, "JOINT"))).toEqual(["JOINT_NOT_ALLOWED"]);
    const facts = { unverifiedCoApplicants: [{ organisationId: "org-partner", name: "Zielona Odra" }] };
    expect(checkOffer(doc, { ...joint, facts })).toEqual([
      {
        code: "CO_APPLICANT_UNVERIFIED",
        path: "applicants.org-partner",
        severity: "error",
        values: { name: "Zielona Odra" },
      },
    ]);
  });

  it("refuses a lead organisation the server found unverified, naming it", () => {
    const doc = completeOffer();
    expect(checkOffer(doc, { ...withParams({}), facts: { unverifiedLead: null } })).toEqual([]);
    const facts = { unverifiedLead: { organisationId: "org-lead", name: "Fundacja" } };
    expect(checkOffer(doc, { ...withParams({}), facts })).toEqual([
      { code: "LEAD_UNVERIFIED", path: "applicants.org-lead", severity: "error", values: { name: "Fundacja" } },
    ]);
  });

  it("names missing attachments the server found", () => {
    const facts = {
      missingAttachments: [
        { requirementId: "req-1", label: "Statut", organisationId: "org-lead", applicantName: "Fundacja" },
      ],
    };
    expect(checkOffer(completeOffer(), { ...typicalContext, facts })).toEqual([
      {
        code: "ATTACHMENT_MISSING",
        path: "attachments.req-1.org-lead",
        severity: "error",
        values: { attachment: "Statut", applicant: "Fundacja" },
      },
    ]);
  });
});
