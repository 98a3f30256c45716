// A domain rule that refuses a request (the consultation has closed,
// the report is not ready…). The action pipeline (lib/safe-action.ts) returns
// it as `{ refused: code }` for the form to say in words; it is not a failure
// of the request, and as nothing was written, the page is not refreshed.
export class RuleRefusal<Code extends string> extends Error {
  constructor(readonly refusal: Code) {
    super(refusal);
    this.name = "RuleRefusal";
  }
}

/** The result of an action that a domain rule refused. */
export type Refused<Code extends string> = { refused: Code };

/**
 * The return type of an action body that may be refused: its own result, or
 * the `{ refused }` the pipeline makes of a RuleRefusal the body throws (a
 * thrown error carries no type, so the body declares the codes here).
 */
export type MayRefuse<Result, Code extends string> = Promise<Result | Refused<Code>>;

/** The refusals among an action's answers (any refusal when nothing is known of them). */
export type RefusedIn<Data> = unknown extends Data ? Refused<string> : Extract<Data, Refused<string>>;

/** Whether an action's answer is a refusal; the pipeline and the forms ask the same question. */
export function isRefused<Data>(data: Data): data is RefusedIn<Data> & Data {
  return typeof data === "object" && data !== null && "refused" in data;
}
