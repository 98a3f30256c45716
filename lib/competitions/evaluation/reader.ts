// Who reads the ranking and what they may do there. Officials of the office
// read it through `competitions.viewEvaluation`; commission members through
// their role, looked up here from the database (the scope carries it, §3.1).
// An official who also sits on the commission acts through both: the page
// shows the union, each action checks its own permission.
import "server-only";
import { can, type Actor, type Scope } from "@/lib/auth/permissions";
import type { CommissionRole } from "@/lib/generated/prisma/enums";
import { commissionScope } from "@/lib/competitions/commission/scope";
import { admittedWhere } from "@/lib/competitions/evaluation/queries";
import { db } from "@/lib/db/client";

export interface EvaluationReader {
  official: boolean;
  role: CommissionRole | null;
  /** Chair's work: resolutions, proposals, opinions, closing (while the commission is active). */
  mayChair: boolean;
  /** The office reopens a closed commission. */
  mayReopen: boolean;
  /** Aggregates of every offer at once; a member or expert sees an offer's scores only after their own card (§5.3). */
  seesAllScores: boolean;
  /**
   * The protocol (stored after closing, a draft before). It prints every card, so a
   * seat reads it only with a "no conflict" declaration on every admitted offer
   * (§3.3, L6); the office's officials always (it is the office's record, kept whole).
   */
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
  const keepsProtocol = chair || (asMember && can(actor, "commission.minutes", scope));
  return {
    official,
    role,
    mayChair: chair,
    mayReopen: can(actor, "competitions.appointCommission", office),
    seesAllScores: official || role === "CHAIR" || role === "SECRETARY",
    mayDownloadProtocol: official || (keepsProtocol && (await clearedOnEveryOffer(actor, competition.id))),
  };
}

/** The seat holds a "no conflict" declaration on every offer the commission evaluates. */
async function clearedOnEveryOffer(actor: Actor, competitionId: string): Promise<boolean> {
  const uncleared = await db().offer.count({
    where: {
      ...admittedWhere(competitionId),
      declarations: {
        none: { conflict: false, member: { userId: actor.id, removedAt: null, commission: { competitionId } } },
      },
    },
  });
  return uncleared === 0;
}
