// One stage of a submitted offer's evaluation for display (design §2.1:
// OfferStatus keeps DRAFT / SUBMITTED / WITHDRAWN; the evaluation lives in
// its own rows). Derived from what exists: the formal review, its latest
// correction request, and, once the results are published, the offer's decision
// and award (written by the decision slice; read here through the database only).
// No contract stages yet.
import "server-only";
import { db } from "@/lib/db/client";
import type { Grosze } from "@/lib/offers/calc/money";
import { toGrosze } from "@/lib/offers/params";

export type OfferStage =
  | { stage: "UNDER_FORMAL_CHECK" }
  | { stage: "TO_CORRECT"; dueAt: Date; message: string }
  | { stage: "CORRECTION_LAPSED"; dueAt: Date }
  | { stage: "FORMALLY_REJECTED"; reason: string }
  | { stage: "UNDER_EVALUATION" }
  | { stage: "FUNDED"; amount: Grosze }
  | { stage: "NOT_FUNDED"; reason: string };

export type StageFacts = {
  review: { status: "PENDING" | "TO_CORRECT" | "COMPLETE" | "REJECTED"; rejectionReason: string | null } | null;
  correction: { status: "OPEN" | "ANSWERED" | "LAPSED" | "CANCELLED"; dueAt: Date; message: string } | null;
  decision: { outcome: "FUNDED" | "NOT_FUNDED" | "REJECTED_FORMAL"; amount: bigint | null; reason: string } | null;
  award: { amount: bigint } | null;
};

/** The stage the facts say; the office's decision, when there is one, says the last word. Pure. */
export function offerStage(facts: StageFacts): OfferStage {
  const { review, correction, decision, award } = facts;
  if (decision?.outcome === "FUNDED")
    return { stage: "FUNDED", amount: toGrosze(award?.amount ?? decision.amount ?? 0n) };
  if (decision?.outcome === "NOT_FUNDED") return { stage: "NOT_FUNDED", reason: decision.reason };
  if (decision?.outcome === "REJECTED_FORMAL" || review?.status === "REJECTED")
    return { stage: "FORMALLY_REJECTED", reason: review?.rejectionReason ?? decision?.reason ?? "" };
  if (review?.status === "COMPLETE") return { stage: "UNDER_EVALUATION" };
  if (correction?.status === "OPEN")
    return { stage: "TO_CORRECT", dueAt: correction.dueAt, message: correction.message };
  if (correction?.status === "LAPSED") return { stage: "CORRECTION_LAPSED", dueAt: correction.dueAt };
  return { stage: "UNDER_FORMAL_CHECK" };
}

/** The stage of a submitted offer of a competition; null for drafts, withdrawn offers and small grants. */
export async function offerStageOf(offerId: string): Promise<OfferStage | null> {
  const offer = await db().offer.findUnique({
    where: { id: offerId },
    select: {
      status: true,
      competitionId: true,
      formalReview: { select: { status: true, rejectionReason: true } },
      corrections: {
        orderBy: { requestedAt: "desc" },
        take: 1,
        select: { status: true, dueAt: true, message: true },
      },
      decision: { select: { outcome: true, amount: true, reason: true } },
      award: { select: { amount: true } },
      competition: { select: { resultsPublishedAt: true } },
    },
  });
  if (!offer || offer.status !== "SUBMITTED" || !offer.competitionId) return null;
  // Until the results are published the office may still take its decision back: the applicants learn it then.
  const published = offer.competition?.resultsPublishedAt != null;
  return offerStage({
    review: offer.formalReview,
    correction: offer.corrections[0] ?? null,
    decision: published ? offer.decision : null,
    award: published ? offer.award : null,
  });
}
