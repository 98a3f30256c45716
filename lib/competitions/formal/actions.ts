"use server";

// The formal check's server actions; each declares competitions.formalCheck
// and finds the institution from the competition, the offer or the item on
// the server. They write only what officials and the offer's applicants see.
import {
  addChecklistItem,
  markFormallyComplete,
  openFormalCheck,
  rejectFormally,
  removeChecklistItem,
  requestCorrection,
  saveFormalAnswers,
  type FormalRefusal,
} from "@/lib/competitions/formal/mutations";
import {
  addChecklistItemSchema,
  markCompleteSchema,
  openFormalCheckSchema,
  rejectOfferSchema,
  removeChecklistItemSchema,
  requestCorrectionSchema,
  saveAnswersSchema,
} from "@/lib/competitions/formal/schemas";
import { competitionScope, itemScope } from "@/lib/competitions/formal/queries";
import { offerOfficeScope } from "@/lib/offers/confirmations/policy";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction } from "@/lib/safe-action";

const meta = (name: string) => ({ name, permission: "competitions.formalCheck" as const, writes: "personal" as const });

export const openFormalCheckAction = scopedAction(
  meta("openFormalCheck"),
  openFormalCheckSchema,
  (input) => competitionScope(input.competitionId),
  async ({ parsedInput }): MayRefuse<{ items: number }, FormalRefusal> => openFormalCheck(parsedInput.competitionId),
);

export const addChecklistItemAction = scopedAction(
  meta("addFormalChecklistItem"),
  addChecklistItemSchema,
  (input) => competitionScope(input.competitionId),
  async ({ parsedInput }): MayRefuse<{ id: string }, FormalRefusal> => addChecklistItem(parsedInput),
);

export const removeChecklistItemAction = scopedAction(
  meta("removeFormalChecklistItem"),
  removeChecklistItemSchema,
  (input) => itemScope(input.itemId),
  async ({ parsedInput }): MayRefuse<void, FormalRefusal> => removeChecklistItem(parsedInput.itemId),
);

export const saveFormalAnswersAction = scopedAction(
  meta("saveFormalAnswers"),
  saveAnswersSchema,
  (input) => offerOfficeScope(input.offerId),
  async ({ parsedInput }): MayRefuse<{ saved: true }, FormalRefusal> => {
    await saveFormalAnswers(parsedInput.offerId, parsedInput.answers);
    return { saved: true };
  },
);

export const markFormallyCompleteAction = scopedAction(
  meta("markFormallyComplete"),
  markCompleteSchema,
  (input) => offerOfficeScope(input.offerId),
  async ({ parsedInput, ctx }): MayRefuse<{ done: true }, FormalRefusal> => {
    await markFormallyComplete(parsedInput.offerId, ctx.actor);
    return { done: true };
  },
);

export const rejectFormallyAction = scopedAction(
  meta("rejectFormally"),
  rejectOfferSchema,
  (input) => offerOfficeScope(input.offerId),
  async ({ parsedInput, ctx }): MayRefuse<{ done: true }, FormalRefusal> => {
    await rejectFormally(parsedInput.offerId, parsedInput.reason, ctx.actor);
    return { done: true };
  },
);

export const requestCorrectionAction = scopedAction(
  meta("requestOfferCorrection"),
  requestCorrectionSchema,
  (input) => offerOfficeScope(input.offerId),
  async ({ parsedInput, ctx }): MayRefuse<{ dueAt: string }, FormalRefusal> => {
    const { dueAt } = await requestCorrection(parsedInput, ctx.actor);
    return { dueAt: dueAt.toISOString() };
  },
);
