// The shapes the evaluation's slices share (design §2.4, §5): criteria as the
// commission froze them, a member's card, and the per-offer aggregate of voting
// cards. Points are integer tenths everywhere; a mean is kept as the rational
// sum/n and never as a float. Pure types and one schema: the browser uses them too.
import { z } from "zod";
import type { CardStatus, CommissionRole, DivergenceResolution } from "@/lib/generated/prisma/enums";

/** One criterion of Commission.criteriaSnapshot, copied from Competition.selectionCriteria at appointment. */
export const criterionSnapshotSchema = z
  .object({
    index: z.number().int().min(0),
    name: z.string().min(1),
    /** maxPoints × 10. */
    maxTenths: z.number().int().min(1).max(9990),
    /** Own funds (art. 5 ust. 4 pkt 2): not shown, not counted for an ENTRUSTMENT task. */
    onlySupport: z.boolean(),
  })
  .strict();
export type CriterionSnapshot = z.infer<typeof criterionSnapshotSchema>;
export const criteriaSnapshotSchema = z.array(criterionSnapshotSchema);

export interface CardScore {
  criterionIndex: number;
  /** Null while drafting. */
  scoreTenths: number | null;
  maxTenths: number;
  justification: string;
}

export interface EvaluationCardView {
  id: string;
  memberId: string;
  role: CommissionRole;
  offerId: string;
  versionId: string;
  status: CardStatus;
  /** An EXPERT's card: shown and printed, never counted. */
  advisory: boolean;
  totalTenths: number;
  revision: number;
  /** Grosze. */
  suggestedAmount: number | null;
  comment: string | null;
  scores: CardScore[];
  submittedAt: Date | null;
}

/** Over the SUBMITTED, non-advisory cards of one offer (or one criterion of it). */
export interface ScoreAggregate {
  n: number;
  sumTenths: number;
  minTenths: number | null;
  maxTenths: number | null;
}

/** The score an offer ranks by: the mean sum/n, or the commission's agreed score as num/1. */
export interface EffectiveScore {
  num: number;
  den: number;
}

export interface OfferAggregate {
  offerId: string;
  total: ScoreAggregate;
  /** criterionIndex → aggregate of that criterion. */
  perCriterion: Record<number, ScoreAggregate>;
  divergent: boolean;
  resolution: DivergenceResolution | null;
  effective: EffectiveScore | null;
}
