// What an office may still change in its competition, by the competition's
// stage. The announcement is a legal act once published: its text, tasks,
// parameters, required attachments and publication days are frozen then, and
// the only change to the deadline is an extension with its reason and history
// (art. 13 UDPP; design §2.2). Documents may be added later (a change act), the
// commission call may be opened until the competition is decided.
// Scope (which office may act) is the permission module's: lib/auth/permissions.ts
// through scopedAction with competitionScope (queries.ts).
import type { CompetitionStatus } from "@/lib/generated/prisma/enums";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type CompetitionRefusal =
  | "COMPETITION_PUBLISHED"
  | "COMPETITION_NOT_PUBLISHED"
  | "COMPETITION_CLOSED"
  | "NOT_PUBLISHABLE"
  | "DEADLINE_NOT_LATER"
  | "DEADLINE_IN_PAST"
  | "DEADLINE_PASSED";

export class CompetitionRuleError extends RuleRefusal<CompetitionRefusal> {}

/** Text, tasks, parameters, requirements and publication days: only in a draft. */
export function assertDraft(status: CompetitionStatus): void {
  if (status !== "DRAFT") throw new CompetitionRuleError("COMPETITION_PUBLISHED");
}

/**
 * An extension: only of a published competition whose deadline has not passed
 * (after it the office has seen the offers, so reopening submission would let a
 * favoured organisation file knowing the others'), to a later deadline still ahead.
 */
export function assertExtensible(
  competition: { status: CompetitionStatus; offersDeadline: Date },
  newDeadline: Date,
  now: Date,
): void {
  if (competition.status !== "PUBLISHED") throw new CompetitionRuleError("COMPETITION_NOT_PUBLISHED");
  if (now.getTime() >= competition.offersDeadline.getTime()) throw new CompetitionRuleError("DEADLINE_PASSED");
  if (newDeadline.getTime() <= competition.offersDeadline.getTime())
    throw new CompetitionRuleError("DEADLINE_NOT_LATER");
  if (newDeadline.getTime() <= now.getTime()) throw new CompetitionRuleError("DEADLINE_IN_PAST");
}

/** Documents and the commission call: until the competition is decided or annulled. */
export function assertOngoing(status: CompetitionStatus): void {
  if (status === "DECIDED" || status === "ANNULLED") throw new CompetitionRuleError("COMPETITION_CLOSED");
}
