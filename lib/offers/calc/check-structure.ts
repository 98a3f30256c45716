// checkOffer's rules about the shape of the offer: dates against the
// announcement's window and years, the plan against the cost lines, the joint
// split, the small-grant limits and the facts the server supplies.
import type { OfferDocument } from "@/lib/offers/document/schema";
import type { CheckContext } from "@/lib/offers/calc/check-offer";
import type { CostTotals } from "@/lib/offers/calc/costs";
import type { FundingTotals } from "@/lib/offers/calc/funding";
import { computeSplit } from "@/lib/offers/calc/joint-split";
import type { Problem } from "@/lib/offers/calc/problems";
import { daysBetween, isCalendarDay } from "@/lib/time/calendar-days";

type Add = (problem: Problem) => void;
const fieldKey = (name: string) => `offerEditor.fields.${name}`;

export function checkDates(doc: OfferDocument, ctx: CheckContext, add: Add): void {
  const { startsOn, endsOn } = doc.description;
  const start = startsOn && isCalendarDay(startsOn) ? startsOn : null;
  const end = endsOn && isCalendarDay(endsOn) ? endsOn : null;
  if (start && end && start > end) {
    add({
      code: "DATES_ORDER",
      path: "description.endsOn",
      severity: "error",
      field: fieldKey("endsOn"),
      values: { startsOn: start, endsOn: end },
    });
  }
  const windowStart = ctx.params?.implementationStartsOn ?? null;
  const windowEnd = ctx.params?.implementationEndsOn ?? null;
  const before = start !== null && windowStart !== null && start < windowStart;
  const after = end !== null && windowEnd !== null && end > windowEnd;
  if (before || after) {
    add({
      code: "DATES_OUTSIDE_WINDOW",
      path: before ? "description.startsOn" : "description.endsOn",
      severity: "error",
      field: fieldKey(before ? "startsOn" : "endsOn"),
      values: { windowStart: windowStart ?? "", windowEnd: windowEnd ?? "" },
    });
  }
  const allowed = ctx.params?.allowedYears ?? [];
  if (start && end && allowed.length > 0) {
    for (const year of doc.years.filter((y) => !allowed.includes(y))) {
      add({
        code: "YEAR_NOT_ALLOWED",
        path: "description.endsOn",
        severity: "error",
        field: fieldKey("endsOn"),
        values: { year },
      });
    }
  }
}

export function checkPlan(doc: OfferDocument, ctx: CheckContext, add: Add): void {
  const actions = doc.years.flatMap((year) =>
    (doc.plan[String(year)] ?? []).map((action, index) => ({ year, index, action })),
  );
  if (actions.length === 0) {
    add({ code: "REQUIRED", path: "plan", severity: "error", field: fieldKey("actionName"), values: {} });
  }
  for (const [key, rows] of Object.entries(doc.plan)) {
    if (rows.length > 0 && !doc.years.includes(Number(key))) {
      add({
        code: "ACTION_OUTSIDE_YEAR",
        path: `plan.${key}`,
        severity: "error",
        field: fieldKey("actionPeriod"),
        values: { year: Number(key) },
      });
    }
  }
  const actionIds = new Set(actions.map(({ action }) => action.id));
  const costed = new Set<string>();
  doc.costs.lines.forEach((line, i) => {
    if (line.category !== "ACTION") return;
    if (line.actionId !== undefined && actionIds.has(line.actionId)) {
      costed.add(line.actionId);
    } else {
      add({
        code: "COST_LINE_WITHOUT_ACTION",
        path: `costs.lines.${i}.actionId`,
        severity: "error",
        field: fieldKey("costName"),
        values: { line: line.name?.trim() || String(i + 1) },
      });
    }
  });
  for (const { year, index, action } of actions) {
    if (!costed.has(action.id)) {
      add({
        code: "ACTION_WITHOUT_COSTS",
        path: `plan.${year}.${index}`,
        severity: "warning",
        field: fieldKey("actionName"),
        values: { action: action.name?.trim() || String(index + 1) },
      });
    }
  }
  if (doc.resultsTable.length === 0 && ctx.params?.resultsTableWaived !== true) {
    add({
      code: "RESULTS_REQUIRED",
      path: "resultsTable",
      severity: "error",
      field: fieldKey("resultName"),
      values: {},
    });
  }
}

export function checkJoint(doc: OfferDocument, ctx: CheckContext, costs: CostTotals, add: Add): void {
  if (ctx.kind !== "JOINT") return;
  if (ctx.params?.jointOffersAllowed === false) {
    add({ code: "JOINT_NOT_ALLOWED", path: "applicants.list", severity: "error", values: {} });
  }
  if (doc.applicants.list.length < 2) {
    add({ code: "REQUIRED", path: "applicants.list", severity: "error", field: fieldKey("applicantName"), values: {} });
  }
  const split = computeSplit(costs, doc.jointSplit, doc.applicants.list);
  split.years.forEach((year, index) => {
    if (split.differences[index] === 0) return;
    add({
      code: "JOINT_SPLIT_MISMATCH",
      path: `jointSplit.${year}`,
      severity: "error",
      field: fieldKey("jointSplitHeading"),
      values: {
        year,
        expected: costs.perYearTotals[index]!,
        actual: split.perYearTotals[index]!,
        difference: split.differences[index]!,
      },
    });
  });
}

export function checkSmallGrant(doc: OfferDocument, ctx: CheckContext, funding: FundingTotals, add: Add): void {
  const rules = ctx.rules ?? {};
  const grantField = fieldKey("fundingGrant");
  const facts = ctx.facts?.smallGrant;
  if (facts && !facts.intakeOpen) {
    add({ code: "SG_INTAKE_CLOSED", path: "funding.grant", severity: "error", values: {} });
  }
  const maxGrant = rules["smallGrant.maxGrant"];
  if (maxGrant !== undefined && funding.grant > maxGrant) {
    add({
      code: "SG_GRANT_ABOVE_MAX",
      path: "funding.grant",
      severity: "error",
      field: grantField,
      values: { grant: funding.grant, max: maxGrant },
    });
  }
  const maxDays = rules["smallGrant.maxDays"];
  const { startsOn, endsOn } = doc.description;
  if (maxDays !== undefined && startsOn && endsOn && isCalendarDay(startsOn) && isCalendarDay(endsOn)) {
    // Both the first and the last day are days of carrying out the task.
    const days = daysBetween(startsOn, endsOn) + 1;
    if (days > maxDays) {
      add({
        code: "SG_TOO_LONG",
        path: "description.endsOn",
        severity: "error",
        field: fieldKey("endsOn"),
        values: { days, max: maxDays },
      });
    }
  }
  const perOrganisation = rules["smallGrant.maxPerOrganisationYear"];
  if (facts && perOrganisation !== undefined && facts.organisationYearUsed + funding.grant > perOrganisation) {
    add({
      code: "SG_ORGANISATION_YEAR_LIMIT",
      path: "funding.grant",
      severity: "error",
      field: grantField,
      values: {
        grant: funding.grant,
        used: facts.organisationYearUsed,
        max: perOrganisation,
        available: Math.max(0, perOrganisation - facts.organisationYearUsed),
      },
    });
  }
  const shareBp = rules["smallGrant.maxShareOfPlannedBp"];
  if (
    facts &&
    shareBp !== undefined &&
    BigInt(facts.poolUsed + funding.grant) * 10_000n > BigInt(shareBp) * BigInt(facts.plannedTotal)
  ) {
    const ceiling = Number((BigInt(shareBp) * BigInt(facts.plannedTotal)) / 10_000n);
    add({
      code: "SG_POOL_SHARE_EXCEEDED",
      path: "funding.grant",
      severity: "error",
      field: grantField,
      values: { grant: funding.grant, available: Math.max(0, ceiling - facts.poolUsed), maxShare: shareBp },
    });
  }
}

export function checkFacts(ctx: CheckContext, add: Add): void {
  const lead = ctx.facts?.unverifiedLead;
  if (lead) {
    add({
      code: "LEAD_UNVERIFIED",
      path: `applicants.${lead.organisationId}`,
      severity: "error",
      values: { name: lead.name },
    });
  }
  for (const { organisationId, name } of ctx.facts?.unverifiedCoApplicants ?? []) {
    add({ code: "CO_APPLICANT_UNVERIFIED", path: `applicants.${organisationId}`, severity: "error", values: { name } });
  }
  for (const { organisationId, name } of ctx.facts?.pendingCoApplicants ?? []) {
    add({
      code: "CO_APPLICANT_NOT_ACCEPTED",
      path: `applicants.${organisationId}`,
      severity: "error",
      values: { name },
    });
  }
  for (const item of ctx.facts?.missingAttachments ?? []) {
    add({
      code: "ATTACHMENT_MISSING",
      path: `attachments.${item.requirementId}${item.organisationId ? `.${item.organisationId}` : ""}`,
      severity: "error",
      values: { attachment: item.label, applicant: item.applicantName ?? "" },
    });
  }
}
