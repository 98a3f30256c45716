// A task's pool against the amounts proposed (or awarded) from it (design
// §5.4). Integer grosze; the browser recomputes it as the chair types and the
// server recomputes it from the database under the task's row lock.
import type { Grosze } from "@/lib/offers/calc/money";

export interface PoolState {
  pool: Grosze;
  allocated: Grosze;
  /** pool − allocated; negative when over. */
  remaining: Grosze;
  /** max(0, −remaining). */
  over: Grosze;
}

export function poolState(pool: Grosze, amounts: readonly (Grosze | null)[]): PoolState {
  let allocated = 0;
  for (const amount of amounts) allocated += amount ?? 0;
  const remaining = pool - allocated;
  return { pool, allocated, remaining, over: remaining < 0 ? -remaining : 0 };
}

export type ProposalRefusal = "AMOUNT_ABOVE_REQUESTED" | "CUT_REASON_REQUIRED" | "POOL_EXCEEDED";

export interface ProposalCheck {
  /** The first reason the proposal cannot be saved, or null. */
  refusal: ProposalRefusal | null;
  /** A cut below the task's minimum grant is allowed (the announcement reserves cuts) but said. */
  belowMinGrant: boolean;
  /** The pool as it would stand with this proposal. */
  state: PoolState;
}

/**
 * One offer's proposed amount against its request and the pool, with every
 * other offer's proposal of the task as they stand. A null amount clears the
 * proposal (nothing is proposed for that offer).
 */
export function checkProposal(input: {
  pool: Grosze;
  others: readonly (Grosze | null)[];
  requested: Grosze;
  amount: Grosze | null;
  cutReason: string;
  minGrant: Grosze | null;
}): ProposalCheck {
  const state = poolState(input.pool, [...input.others, input.amount]);
  const amount = input.amount;
  let refusal: ProposalRefusal | null = null;
  if (amount !== null && amount > input.requested) refusal = "AMOUNT_ABOVE_REQUESTED";
  else if (amount !== null && amount < input.requested && input.cutReason.trim() === "")
    refusal = "CUT_REASON_REQUIRED";
  // Lowering a proposal or clearing it is never refused by the pool: only money taken from it is.
  else if (state.over > 0 && amount !== null && amount > 0) refusal = "POOL_EXCEEDED";
  const belowMinGrant = amount !== null && amount > 0 && input.minGrant !== null && amount < input.minGrant;
  return { refusal, belowMinGrant, state };
}
