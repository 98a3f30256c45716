// An evaluation card's arithmetic and checks (design §5.1), pure so that the
// card form's live total in the browser and the submit mutation on the server
// run the same code. Points are integer tenths; halves are the finest step
// (a score is a multiple of 5 tenths). A criterion marked onlySupport (own or
// other funds, art. 15 ust. 1 pkt 4 with art. 5 ust. 4 pkt 2) does not apply to
// an entrusted task: it is neither shown nor counted in the maximum.
import type { CriterionSnapshot } from "@/lib/competitions/evaluation/types";

export type TaskFormName = "SUPPORT" | "ENTRUSTMENT";

export type { CriterionSnapshot };

/** What the member typed for one criterion; null while not scored yet. */
export interface ScoreEntry {
  criterionIndex: number;
  scoreTenths: number | null;
  justification: string;
}

export type CardProblemCode =
  "SCORE_REQUIRED" | "SCORE_OUT_OF_RANGE" | "SCORE_NOT_HALF" | "JUSTIFICATION_REQUIRED" | "CRITERION_NOT_APPLICABLE";

export interface CardProblem {
  criterionIndex: number;
  code: CardProblemCode;
}

/** The finest step of a score: half a point. */
export const SCORE_STEP_TENTHS = 5;
export const JUSTIFICATION_MAX = 4000;

export function applicableCriteria(snapshot: readonly CriterionSnapshot[], form: TaskFormName): CriterionSnapshot[] {
  return snapshot.filter((criterion) => !(criterion.onlySupport && form === "ENTRUSTMENT"));
}

export function maxTotalTenths(criteria: readonly CriterionSnapshot[]): number {
  return criteria.reduce((sum, criterion) => sum + criterion.maxTenths, 0);
}

/** Σ of the applicable criteria's scores typed so far (blank ones count as nothing). */
export function cardTotal(scores: readonly ScoreEntry[], criteria: readonly CriterionSnapshot[]): number {
  const applicable = new Set(criteria.map((c) => c.index));
  return scores.reduce(
    (sum, entry) =>
      applicable.has(entry.criterionIndex) && entry.scoreTenths !== null ? sum + entry.scoreTenths : sum,
    0,
  );
}

/** A score's own range problem (also while drafting: a draft keeps only scores the database accepts). */
export function scoreProblem(scoreTenths: number, criterion: CriterionSnapshot): CardProblemCode | null {
  if (!Number.isSafeInteger(scoreTenths) || scoreTenths < 0 || scoreTenths > criterion.maxTenths)
    return "SCORE_OUT_OF_RANGE";
  if (scoreTenths % SCORE_STEP_TENTHS !== 0) return "SCORE_NOT_HALF";
  return null;
}

/**
 * Every problem keeping the card from being submitted, in the criteria's
 * order: each applicable criterion scored within its range in halves and
 * justified in words; no score for a criterion that does not apply.
 */
export function validateCard(scores: readonly ScoreEntry[], criteria: readonly CriterionSnapshot[]): CardProblem[] {
  const byIndex = new Map(scores.map((entry) => [entry.criterionIndex, entry]));
  const applicable = new Set(criteria.map((c) => c.index));
  const problems: CardProblem[] = [];
  for (const criterion of criteria) {
    const entry = byIndex.get(criterion.index);
    if (!entry || entry.scoreTenths === null)
      problems.push({ criterionIndex: criterion.index, code: "SCORE_REQUIRED" });
    else {
      const problem = scoreProblem(entry.scoreTenths, criterion);
      if (problem) problems.push({ criterionIndex: criterion.index, code: problem });
    }
    if (!entry || entry.justification.trim() === "")
      problems.push({ criterionIndex: criterion.index, code: "JUSTIFICATION_REQUIRED" });
  }
  for (const entry of scores) {
    if (!applicable.has(entry.criterionIndex) && entry.scoreTenths !== null)
      problems.push({ criterionIndex: entry.criterionIndex, code: "CRITERION_NOT_APPLICABLE" });
  }
  return problems;
}

/** "7,5" / "7.5": tenths shown as points with the locale's decimal mark (halves need one digit). */
export function formatTenths(tenths: number, locale: string): string {
  const whole = Math.trunc(tenths / 10);
  const rest = Math.abs(tenths % 10);
  if (rest === 0) return String(whole);
  return `${whole}${locale === "en" ? "." : ","}${rest}`;
}

/**
 * What the member typed as points ("7", "7,5", "7.5") in tenths; null for a
 * blank field; NaN when it is not a number with at most one decimal.
 */
export function parsePoints(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const match = /^(\d{1,4})(?:[.,](\d))?$/.exec(trimmed);
  if (!match) return Number.NaN;
  return Number(match[1]) * 10 + Number(match[2] ?? "0");
}
