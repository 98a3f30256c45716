"use server";

import { polishDay, polishLocalToDate } from "@/lib/time/polish-local";
import {
  decideConfirmation,
  recordPaperConfirmation,
  type DecisionRefusal,
  type UploadRefusal,
} from "@/lib/offers/confirmations/mutations";
import { confirmationOfficeScope, offerOfficeScope, requireVisibleToOffice } from "@/lib/offers/confirmations/policy";
import { decideConfirmationSchema, recordPaperSchema } from "@/lib/offers/confirmations/schemas";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction } from "@/lib/safe-action";

export const recordPaperConfirmationAction = scopedAction(
  { name: "recordPaperConfirmation", permission: "competitions.recordConfirmations" },
  recordPaperSchema,
  (input) => offerOfficeScope(input.offerId),
  async ({ parsedInput, ctx }): MayRefuse<{ recorded: true }, UploadRefusal | DecisionRefusal> => {
    await requireVisibleToOffice({ offerId: parsedInput.offerId });
    // Noon Polish time of the day received: the day, whatever the zone it is shown in.
    const receivedAt = polishLocalToDate(`${parsedInput.receivedOn}T12:00`);
    if (!receivedAt || parsedInput.receivedOn > polishDay(new Date()))
      throw new FieldRuleError([{ field: "receivedOn", message: "invalidDate" }]);
    await recordPaperConfirmation(parsedInput.offerId, { receivedAt, signers: parsedInput.signers }, ctx.actor);
    return { recorded: true };
  },
);

export const decideConfirmationAction = scopedAction(
  { name: "decideConfirmation", permission: "competitions.recordConfirmations" },
  decideConfirmationSchema,
  (input) => confirmationOfficeScope(input.confirmationId),
  async ({ parsedInput, ctx }): MayRefuse<{ decided: true }, DecisionRefusal> => {
    await requireVisibleToOffice({ confirmationId: parsedInput.confirmationId });
    await decideConfirmation(
      parsedInput.confirmationId,
      { accept: parsedInput.accept, reason: parsedInput.reason || null },
      ctx.actor,
    );
    return { decided: true };
  },
);
