// The problems checkOffer reports, and the one place their message parameters
// are documented. A problem carries raw numbers; the caller formats them
// (formatProblemValues) and passes them to `offerRules.<code>`, whose ICU
// messages use plain `{name}` arguments: money as "1 234,56 zł", shares as
// "10 %", the field as its translated label.
import { formatPln } from "@/lib/offers/calc/money";
import { isCalendarDay } from "@/lib/time/calendar-days";

export type ParameterKind = "money" | "percent" | "number" | "year" | "days" | "date" | "text";

/** Every code with the parameters of its message (besides `field`, which every message may use). */
export const PROBLEM_PARAMETERS = {
  REQUIRED: {},
  TOO_LONG: { length: "number", max: "number" },
  AMOUNT_INVALID: {},
  AMOUNT_TOO_LARGE: { max: "money" },
  DATES_ORDER: { startsOn: "date", endsOn: "date" },
  DATES_OUTSIDE_WINDOW: { windowStart: "date", windowEnd: "date" },
  YEAR_NOT_ALLOWED: { year: "year" },
  ACTION_OUTSIDE_YEAR: { year: "year" },
  COST_LINE_WITHOUT_ACTION: { line: "text" },
  ACTION_WITHOUT_COSTS: { action: "text" },
  RESULTS_REQUIRED: {},
  FUNDING_DOES_NOT_ADD_UP: { total: "money", sources: "money", difference: "money" },
  GRANT_ABOVE_MAX: { grant: "money", max: "money" },
  GRANT_BELOW_MIN: { grant: "money", min: "money" },
  GRANT_ABOVE_POOL: { grant: "money", pool: "money" },
  OWN_CONTRIBUTION_BELOW_MIN: { own: "money", minimum: "money", minShare: "percent" },
  OWN_FINANCIAL_BELOW_MIN: { own: "money", minimum: "money", minShare: "percent" },
  NON_FINANCIAL_NOT_COUNTED: { amount: "money" },
  RECIPIENT_PAYMENTS_NOT_ALLOWED: { amount: "money" },
  RECIPIENT_PAYMENTS_NEED_PAID: { amount: "money" },
  ADMIN_COSTS_ABOVE_CAP: { admin: "money", max: "money", maxShare: "percent" },
  JOINT_SPLIT_MISMATCH: { year: "year", expected: "money", actual: "money", difference: "money" },
  JOINT_NOT_ALLOWED: {},
  LEAD_UNVERIFIED: { name: "text" },
  CO_APPLICANT_UNVERIFIED: { name: "text" },
  CO_APPLICANT_NOT_ACCEPTED: { name: "text" },
  STATEMENT_NOT_CHOSEN: { number: "number" },
  ATTACHMENT_MISSING: { attachment: "text", applicant: "text" },
  SG_GRANT_ABOVE_MAX: { grant: "money", max: "money" },
  SG_TOO_LONG: { days: "days", max: "days" },
  SG_ORGANISATION_YEAR_LIMIT: { grant: "money", used: "money", max: "money", available: "money" },
  SG_POOL_SHARE_EXCEEDED: { grant: "money", available: "money", maxShare: "percent" },
  SG_INTAKE_CLOSED: {},
} as const satisfies Record<string, Record<string, ParameterKind>>;

export type ProblemCode = keyof typeof PROBLEM_PARAMETERS;
export const problemCodes = Object.keys(PROBLEM_PARAMETERS) as ProblemCode[];

export type Problem = {
  code: ProblemCode;
  /** Where in the document ("funding.grant", "costs.lines.3.qtyMilli", "jointSplit.2027"); the form marks that field. */
  path: string;
  severity: "error" | "warning";
  /** Message key of the field's statutory label (offerEditor.fields.*), when the problem is about one field. */
  field?: string;
  /**
   * Whose field it is, for the fields of II that repeat (each applicant's II.1, the contact person's II.2):
   * a list naming "Numer telefonu" three times must say whose each is. `index` 0 is the lead; `name` as typed.
   */
  owner?: { part: "applicant"; index: number; name: string } | { part: "contact" };
  values: Record<string, number | string>;
};

/**
 * The owner in words, as `offerRules.<key>` with `values`: the applicant's name as typed, else its role
 * and number as the editor's legends say them; null for a problem of no one's field in particular.
 * A list shows it before the problem (`offerRules.placed`); the field's own reasons, under it, need not.
 */
export function problemOwner(problem: Problem): {
  key: "placeApplicant" | "placeLead" | "placeCoApplicant" | "placeContact";
  values: Record<string, string>;
} | null {
  const owner = problem.owner;
  if (!owner) return null;
  if (owner.part === "contact") return { key: "placeContact", values: {} };
  const name = owner.name.trim();
  if (name !== "") return { key: "placeApplicant", values: { name } };
  return owner.index === 0
    ? { key: "placeLead", values: {} }
    : { key: "placeCoApplicant", values: { number: String(owner.index) } };
}

/** A share in basis points as people write it: 10 %, 12,5 %. */
function formatPercent(bp: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(bp / 10_000);
}

/**
 * The ICU arguments of `offerRules.<code>`, formatted for `locale`: money with formatPln,
 * shares as percentages, `field` as the label `translate` gives for the field's message key.
 */
export function formatProblemValues(
  problem: Problem,
  locale: string,
  translate: (messageKey: string) => string,
): Record<string, string> {
  const kinds: Record<string, ParameterKind> = PROBLEM_PARAMETERS[problem.code];
  const out: Record<string, string> = { field: problem.field ? translate(problem.field) : "" };
  for (const [name, kind] of Object.entries(kinds)) {
    const value = problem.values[name];
    if (value === undefined) {
      out[name] = "";
    } else if (kind === "money") {
      out[name] = formatPln(Number(value), locale);
    } else if (kind === "date" && typeof value === "string" && isCalendarDay(value)) {
      out[name] = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${value}T00:00:00Z`),
      );
    } else if (kind === "percent") {
      out[name] = formatPercent(Number(value), locale);
    } else {
      out[name] = String(value);
    }
  }
  return out;
}
