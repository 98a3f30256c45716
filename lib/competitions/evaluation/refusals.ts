// Why the chair's or the office's step on the ranking page was refused; each
// code is translated under `evaluation.ranking.refusals`. Every refusal
// happens before anything is written in its transaction.
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type EvaluationRefusal =
  | "COMMISSION_NOT_ACTIVE"
  | "COMMISSION_NOT_CLOSED"
  | "OFFER_NOT_ADMITTED"
  | "DECISION_TAKEN"
  | "STALE"
  | "AMOUNT_ABOVE_REQUESTED"
  | "CUT_REASON_REQUIRED"
  | "POOL_EXCEEDED"
  | "NOT_DIVERGENT"
  | "SCORE_INVALID"
  | "EVALUATION_INCOMPLETE"
  | "NGO_ABSENCE_GROUND_REQUIRED"
  | "DECLARATION_REQUIRED"
  | "CONFLICT_DECLARED";

export class EvaluationRuleError<Code extends EvaluationRefusal = EvaluationRefusal> extends RuleRefusal<Code> {}
