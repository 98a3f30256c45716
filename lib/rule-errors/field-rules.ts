// Rules only the server can check (a date against the clock, an area against
// the territory table) reported like the form's own validation: one message
// key per field, shown beside the field and in the error summary.
import { returnValidationErrors } from "next-safe-action";
import { z } from "zod";

export type FieldProblem = { field: string; message: string };

/** Thrown by mutations with the problems the form shows on its fields. */
export class FieldRuleError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join(", "));
    this.name = "FieldRuleError";
  }
}

/** Any form's fields: a FieldRuleError names them at run time, so they are not known to the type. */
const anyForm = z.record(z.string(), z.unknown());

/**
 * Reports the problems as the action's validation errors, which the form shows
 * beside its fields. Called by the action pipeline (lib/safe-action.ts) for a
 * FieldRuleError an action's body throws.
 */
export function returnFieldProblems(error: FieldRuleError): never {
  return returnValidationErrors(
    anyForm,
    Object.fromEntries(error.problems.map((problem) => [problem.field, { _errors: [problem.message] }])),
  );
}
