// Suggestions for the formal checklist (design §2.3): for the items the
// platform can judge from what it holds (the version's submission instant,
// its document, its attachments, the confirmation, the applicants'
// verification), a proposed answer the official confirms or overrides. A
// suggestion is never an answer: nothing is written from it. Pure; the
// facts are read by queries.ts.
import type { AutoCheckCode } from "@/lib/competitions/formal/checklist";
import type { StatementsSection } from "@/lib/offers/document/schema";

export type Suggestion = "MET" | "NOT_MET";

export type AutoCheckFacts = {
  /** When the offer was (last) submitted, by the database's clock, and the deadline it was held to. */
  submittedAt: Date;
  deadline: Date;
  /** Errors checkOffer finds in the checked version with the rules it was submitted under. */
  documentErrors: number;
  /** Applicants whose verification the platform no longer (or never) holds. */
  unverifiedApplicants: number;
  statements: StatementsSection;
  confirmationRequired: boolean;
  /** The newest confirmation of the checked version, if any. */
  confirmation: "UPLOADED" | "ACCEPTED" | "REJECTED" | null;
  /** Required attachment slots of the checked version without a file, by requirement. */
  missingRequirementIds: ReadonlySet<string>;
};

const STATEMENT_KEYS = ["s1", "s2", "s3", "s4", "s5", "s6", "s7"] as const;

/** Whether every statement of part VII was given (the strike-out ones: one wording chosen). */
export function statementsChosen(statements: StatementsSection): boolean {
  return STATEMENT_KEYS.every((key) => statements[key] !== undefined);
}

/**
 * The suggestion for one item; null when the platform cannot tell (an
 * uploaded confirmation not yet decided, an item without an automatic check).
 */
export function suggestAnswer(
  item: { autoCheck: AutoCheckCode | null; requirementId: string | null },
  facts: AutoCheckFacts,
): Suggestion | null {
  const yes = (condition: boolean): Suggestion => (condition ? "MET" : "NOT_MET");
  switch (item.autoCheck) {
    case "ON_TIME":
      return yes(facts.submittedAt.getTime() < facts.deadline.getTime());
    case "FIELDS_COMPLETE":
      return yes(facts.documentErrors === 0);
    case "APPLICANT_VERIFIED":
      return yes(facts.unverifiedApplicants === 0);
    case "STATEMENTS_CHOSEN":
      return yes(statementsChosen(facts.statements));
    case "CONFIRMATION_ACCEPTED":
      if (!facts.confirmationRequired) return null;
      if (facts.confirmation === "ACCEPTED") return "MET";
      if (facts.confirmation === "UPLOADED") return null;
      return "NOT_MET";
    case "ATTACHMENTS_PRESENT":
      return item.requirementId === null ? null : yes(!facts.missingRequirementIds.has(item.requirementId));
    default:
      return null;
  }
}
