"use server";

// The ranking page's actions. The chair's steps need `commission.chair` in the
// role the database gives the person on this competition's commission (the
// scope is looked up from the offer or competition, never taken from the
// client); reopening is the office's (`competitions.appointCommission`).
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { getCurrentUser } from "@/lib/auth/session";
import { commissionScope } from "@/lib/competitions/commission/scope";
import { closeCommission, type CloseRefusal } from "@/lib/competitions/evaluation/close";
import { resolveDivergence, type ResolutionRefusal } from "@/lib/competitions/evaluation/divergence-resolution";
import { proposeAmount, type ProposalRefusal } from "@/lib/competitions/evaluation/proposals";
import { offerCommissionSeat } from "@/lib/competitions/evaluation/queries";
import { reopenCommission, type ReopenRefusal } from "@/lib/competitions/evaluation/reopen";
import { closeSchema, proposalSchema, reopenSchema, resolutionSchema } from "@/lib/competitions/evaluation/schemas";
import { competitionScope } from "@/lib/competitions/queries";
import { scopedAction } from "@/lib/safe-action";

/** The actor's seat on the commission of the offer's competition. */
async function offerCommissionScope(input: { offerId: string }) {
  return offerCommissionSeat(input.offerId, await getCurrentUser());
}

async function competitionCommissionScope(input: { competitionId: string }) {
  return commissionScope(input.competitionId, await getCurrentUser());
}

export const proposeAmountAction = scopedAction(
  { name: "proposeAmount", permission: "commission.chair", refresh: "evenWhenRefused" },
  proposalSchema,
  offerCommissionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ revision: number; belowMinGrant: boolean }, ProposalRefusal> =>
    proposeAmount(ctx.actor, parsedInput),
);

export const resolveDivergenceAction = scopedAction(
  { name: "resolveDivergence", permission: "commission.chair" },
  resolutionSchema,
  offerCommissionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ resolved: true }, ResolutionRefusal> =>
    resolveDivergence(ctx.actor, parsedInput),
);

export const closeCommissionAction = scopedAction(
  { name: "closeCommission", permission: "commission.chair" },
  closeSchema,
  competitionCommissionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ closed: true }, CloseRefusal> => closeCommission(ctx.actor, parsedInput),
);

export const reopenCommissionAction = scopedAction(
  { name: "reopenCommission", permission: "competitions.appointCommission" },
  reopenSchema,
  competitionScope,
  async ({ parsedInput }): MayRefuse<{ reopened: true }, ReopenRefusal> => reopenCommission(parsedInput),
);
