// The office's choice per task, as pure rules (no database): what a decision
// may say given the task's offers and pool, when an annulment's ground is true
// (art. 18a UDPP), and the 30 days anyone has to ask for the reasons (art. 15
// ust. 2j). decide.ts, annul.ts and reasons.ts run them inside their
// transactions on rows read under the task's lock; the decision form runs the
// amount rules as the official types.
import { addDays } from "@/lib/time/calendar-days";
import { polishDay } from "@/lib/time/polish-local";
import { endOfPolishDay } from "@/lib/small-grants/clock";
import type { Grosze } from "@/lib/offers/calc/money";

export type FormalState = "PENDING" | "TO_CORRECT" | "COMPLETE" | "REJECTED";
export type AnnulmentGroundKind = "NO_OFFERS" | "NO_VALID_OFFER";

/** One submitted offer of the task as the rules see it; `formal` null: its formal check was never opened. */
export type TaskOffer = { offerId: string; requested: Grosze; formal: FormalState | null };

/** The official's word on one admitted offer: an amount to fund it with, or none (with the reason). */
export type OfferChoice = { offerId: string; amount: Grosze | null; reason: string };

export type DecisionProblem =
  | { code: "FORMAL_CHECK_OPEN"; offerId: string }
  | { code: "OFFER_NOT_IN_TASK"; offerId: string }
  | { code: "OFFER_NOT_CHOSEN"; offerId: string }
  | { code: "AMOUNT_NOT_POSITIVE"; offerId: string }
  | { code: "AMOUNT_ABOVE_REQUESTED"; offerId: string; requested: Grosze }
  | { code: "CUT_REASON_REQUIRED"; offerId: string }
  | { code: "REASON_REQUIRED"; offerId: string }
  | { code: "NONE_FUNDED_REASON_REQUIRED" }
  | { code: "POOL_EXCEEDED"; pool: Grosze; proposed: Grosze; over: Grosze };

const blank = (text: string) => text.trim().length === 0;

/**
 * Whether an annulment's ground is true for the task's submitted offers.
 * NO_OFFERS: none was submitted. NO_VALID_OFFER: some were, and every one was
 * rejected on formal grounds; an offer still under the formal check (or never
 * checked) makes the ground unproven, a formally complete one makes it false.
 * Funding none of several valid offers is NONE_FUNDED, not an annulment.
 */
export function annulmentGroundHolds(ground: AnnulmentGroundKind, offers: readonly TaskOffer[]): boolean {
  if (ground === "NO_OFFERS") return offers.length === 0;
  return offers.length > 0 && offers.every((offer) => offer.formal === "REJECTED");
}

/**
 * The problems of a task's decision: every admitted (formally complete) offer
 * chosen once, each funded one with 0 < amount ≤ requested and the reason of a
 * cut, each unfunded one with its reason (what a reasons request is answered
 * from), and the funded sum within the pool. `otherAwards`: money the task
 * already holds outside this decision (none for a first decision).
 */
export function decisionProblems(
  offers: readonly TaskOffer[],
  choices: readonly OfferChoice[],
  pool: Grosze,
  noneFundedReason: string,
  otherAwards: Grosze = 0,
): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  const byId = new Map(offers.map((offer) => [offer.offerId, offer]));
  for (const offer of offers) {
    if (offer.formal !== "COMPLETE" && offer.formal !== "REJECTED")
      problems.push({ code: "FORMAL_CHECK_OPEN", offerId: offer.offerId });
  }
  const chosen = new Set<string>();
  let funded = 0;
  for (const choice of choices) {
    const offer = byId.get(choice.offerId);
    if (!offer || offer.formal !== "COMPLETE" || chosen.has(choice.offerId)) {
      problems.push({ code: "OFFER_NOT_IN_TASK", offerId: choice.offerId });
      continue;
    }
    chosen.add(choice.offerId);
    if (choice.amount === null) {
      if (blank(choice.reason)) problems.push({ code: "REASON_REQUIRED", offerId: choice.offerId });
      continue;
    }
    if (choice.amount <= 0) problems.push({ code: "AMOUNT_NOT_POSITIVE", offerId: choice.offerId });
    else if (choice.amount > offer.requested)
      problems.push({ code: "AMOUNT_ABOVE_REQUESTED", offerId: choice.offerId, requested: offer.requested });
    else if (choice.amount < offer.requested && blank(choice.reason))
      problems.push({ code: "CUT_REASON_REQUIRED", offerId: choice.offerId });
    if (choice.amount > 0) funded += choice.amount;
  }
  for (const offer of offers) {
    if (offer.formal === "COMPLETE" && !chosen.has(offer.offerId))
      problems.push({ code: "OFFER_NOT_CHOSEN", offerId: offer.offerId });
  }
  if (funded === 0 && blank(noneFundedReason)) problems.push({ code: "NONE_FUNDED_REASON_REQUIRED" });
  const proposed = funded + otherAwards;
  if (proposed > pool) problems.push({ code: "POOL_EXCEEDED", pool, proposed, over: proposed - pool });
  return problems;
}

/** The days the results appeared in the three channels art. 13 ust. 3 names (null: not recorded yet). */
export type ResultsChannels = {
  publishedAt: Date;
  bipOn: string | null;
  noticeBoardOn: string | null;
  websiteOn: string | null;
};

/**
 * The Polish day the 30 days count from: the last of the three channel days
 * once all are recorded (the same reading as the offer deadline of part 1),
 * until then the platform's publication day. A later recorded day moves the
 * window forward, never back before the platform's day.
 */
export function reasonsCountFrom(channels: ResultsChannels): string {
  const platform = polishDay(channels.publishedAt);
  const days = [channels.bipOn, channels.noticeBoardOn, channels.websiteOn];
  if (days.some((day) => day === null)) return platform;
  const last = (days as string[]).reduce((a, b) => (a > b ? a : b));
  return last > platform ? last : platform;
}

/**
 * Requests for the reasons are taken before this instant: `days` whole Polish
 * calendar days after the counting day, the counting day itself not counted
 * (art. 111 § 2 k.c.), to the end of the last one.
 */
export function reasonsRequestsUntil(channels: ResultsChannels, days: number): Date {
  return endOfPolishDay(addDays(reasonsCountFrom(channels), days));
}

/** The day the office means to answer by: its own setting, shown and reminded, not a statutory limit. */
export function reasonsAnswerDueOn(receivedAt: Date, answerDays: number): string {
  return addDays(polishDay(receivedAt), answerDays);
}
