// Whether a draft competition may be published, and if not, why, in words the
// official reads before pressing the button and gets again if they press it
// anyway. The announcement must hold what art. 13 ust. 2 UDPP lists, and the
// offer deadline may not fall earlier than the legal minimum of days after the
// last of the three statutory publications (art. 13 ust. 1 and 3; P's
// deadlineProblems counts Polish calendar days). A deadline on a Sunday or a
// holiday is only a warning (design L14). Pure: the same list on the edit page,
// in the preview and in the publish mutation.
import { deadlineProblems, type DeadlineRules, type Publication } from "@/lib/offers/calc/deadline";

export type ReadinessProblem = {
  code:
    | "FIELD_MISSING"
    | "NO_TASKS"
    | "NO_CRITERIA"
    | "DEADLINE_PASSED"
    | "PUBLICATION_MISSING"
    | "DEADLINE_TOO_EARLY"
    | "DEADLINE_ON_DAY_OFF"
    | "TASK_POOL_EMPTY";
  severity: "error" | "warning";
  values: Record<string, string | number>;
};

/** Fields of the announcement art. 13 ust. 2 requires, by the name the form gives them. */
export const REQUIRED_TEXT_FIELDS = [
  "summary",
  "awardRules",
  "implementationTerms",
  "selectionProcedure",
  "contactName",
  "contactEmail",
] as const;

export interface PublishableCompetition {
  summary: string;
  awardRules: string;
  implementationTerms: string;
  selectionProcedure: string;
  contactName: string;
  contactEmail: string;
  implementationStartsOn: Date | null;
  implementationEndsOn: Date | null;
  selectionDueOn: Date | null;
  allowedYears: number[];
  selectionCriteria: unknown;
  offersDeadline: Date;
  tasks: { number: string; pool: bigint | number }[];
  publications: Publication[];
}

/** Every problem, errors first; publishing is allowed when none is an error. */
export function readinessProblems(
  competition: PublishableCompetition,
  rules: DeadlineRules,
  now: Date,
): ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  const missing = (field: string) => problems.push({ code: "FIELD_MISSING", severity: "error", values: { field } });
  for (const field of REQUIRED_TEXT_FIELDS) if (competition[field].trim() === "") missing(field);
  if (!competition.implementationStartsOn) missing("implementationStartsOn");
  if (!competition.implementationEndsOn) missing("implementationEndsOn");
  if (!competition.selectionDueOn) missing("selectionDueOn");
  if (competition.allowedYears.length === 0) missing("allowedYears");
  if (!Array.isArray(competition.selectionCriteria) || competition.selectionCriteria.length === 0)
    problems.push({ code: "NO_CRITERIA", severity: "error", values: {} });
  if (competition.tasks.length === 0) problems.push({ code: "NO_TASKS", severity: "error", values: {} });
  for (const task of competition.tasks)
    if (BigInt(task.pool) <= 0n)
      problems.push({ code: "TASK_POOL_EMPTY", severity: "error", values: { number: task.number } });
  if (competition.offersDeadline.getTime() <= now.getTime())
    problems.push({ code: "DEADLINE_PASSED", severity: "error", values: {} });
  for (const problem of deadlineProblems(competition.publications, competition.offersDeadline, rules))
    problems.push({ code: problem.code, severity: problem.severity, values: problem.values });
  return problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}

export const blocksPublication = (problems: readonly ReadinessProblem[]) =>
  problems.some((p) => p.severity === "error");
