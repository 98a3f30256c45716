// Who reads the ranking and what they may do there. Officials of the office
// read it through `competitions.viewEvaluation`; commission members through
// their role, looked up here from the database (the scope carries it, §3.1).
// An official who also sits on the commission acts through both: the page
// shows the union, each action checks its own permission.
import "server-only";
import { can, type Actor, type Scope } from "@/lib/auth/permissions";
import type { CommissionRole } from "@/lib/generated/prisma/enums";
import { commissionScope } from "@/lib/competitions/commission/scope";

export interface EvaluationReader {
  official: boolean;
  role: CommissionRole | null;
  /** Chair's work: resolutions, proposals, opinions, closing (while the commission is active). */
  mayChair: boolean;
  /** The office reopens a closed commission. */
  mayReopen: boolean;
  /** Aggregates of every offer at once; a member or expert sees an offer's scores only after their own card (§5.3). */
  seesAllScores: boolean;
  /** The protocol (stored after closing, a draft before). */
  mayDownloadProtocol: boolean;
}

/** null: the actor may not see the commission's evaluation at all (answered as not found). */
export async function evaluationReader(
  actor: Actor | null,
  competition: { id: string; institutionId: string },
): Promise<EvaluationReader | null> {
  if (!actor) return null;
  const office: Scope = { institutionId: competition.institutionId };
  const official = can(actor, "competitions.viewEvaluation", office);
  const scope: Scope = (await commissionScope(competition.id, actor)) ?? {};
  const asMember = can(actor, "commission.view", scope);
  if (!official && !asMember) return null;
  const role = asMember ? (scope.commissionRole ?? null) : null;
  const chair = asMember && can(actor, "commission.chair", scope);
  return {
    official,
    role,
    mayChair: chair,
    mayReopen: can(actor, "competitions.appointCommission", office),
    seesAllScores: official || role === "CHAIR" || role === "SECRETARY",
    mayDownloadProtocol: official || chair || (asMember && can(actor, "commission.minutes", scope)),
  };
}
