// A domain rule that refuses a request (the consultation has closed,
// the report is not ready…). Actions return it as `{ refused: code }` for the
// form to say in words; it is not a failure of the request.
export class RuleRefusal<Code extends string> extends Error {
  constructor(readonly refusal: Code) {
    super(refusal);
    this.name = "RuleRefusal";
  }
}

/** Runs `run`; a RuleRefusal it throws becomes `{ refused: code }`, anything else is thrown on. */
export async function refusedByRules<T, Code extends string>(run: () => Promise<T>): Promise<T | { refused: Code }> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RuleRefusal) return { refused: error.refusal as Code };
    throw error;
  }
}
