// Rules only the server can check (a date against the clock, an area against
// the territory table) reported like the form's own validation: one message
// key per field, shown beside the field and in the error summary.
import { returnValidationErrors, type ValidationErrors } from "next-safe-action";
import type { z } from "zod";

export type FieldProblem = { field: string; message: string };

/** Thrown by mutations with the problems the form shows on its fields. */
export class FieldRuleError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join(", "));
    this.name = "FieldRuleError";
  }
}

/** Runs an action body, turning a FieldRuleError into the action's validation errors. */
export async function withFieldErrors<T, S extends z.ZodType>(schema: S, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof FieldRuleError) {
      // The problems name the schema's fields (the mutation checks them), which the types cannot follow.
      const errors = Object.fromEntries(
        error.problems.map((problem) => [problem.field, { _errors: [problem.message] }]),
      );
      returnValidationErrors(schema, errors as ValidationErrors<S>);
    }
    throw error;
  }
}
