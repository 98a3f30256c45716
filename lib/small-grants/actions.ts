"use server";

import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction, signedInClient } from "@/lib/safe-action";
import { saveSmallGrantBudget } from "@/lib/small-grants/budget";
import { decideSmallGrant, type DecisionRefusal } from "@/lib/small-grants/decision";
import { createSmallGrantDraft, type DraftRefusal } from "@/lib/small-grants/drafts";
import {
  caseScope,
  institutionScope,
  organisationScope,
  remarkScope,
  smallGrantOfferScope,
} from "@/lib/small-grants/policy";
import { publishSmallGrant, type PublishRefusal } from "@/lib/small-grants/publication";
import { answerSmallGrantRemark, submitSmallGrantRemark, type RemarkRefusal } from "@/lib/small-grants/remarks";
import {
  answerRemarkSchema,
  caseIdSchema,
  createDraftSchema,
  decideSchema,
  remarkSchema,
  saveBudgetSchema,
  submitSmallGrantSchema,
} from "@/lib/small-grants/schemas";
import { submitSmallGrantOffer, type SmallGrantSubmitRefusal } from "@/lib/small-grants/submission";

export const saveSmallGrantBudgetAction = scopedAction(
  { name: "saveSmallGrantBudget", permission: "smallGrants.manage" },
  saveBudgetSchema,
  (input) => institutionScope(input.institutionId),
  async ({ parsedInput, ctx }) => {
    await saveSmallGrantBudget(ctx.actor, parsedInput, ctx.meta);
    return { saved: true as const };
  },
);

export const publishSmallGrantAction = scopedAction(
  { name: "publishSmallGrant", permission: "smallGrants.manage", refresh: "evenWhenRefused" },
  caseIdSchema,
  (input) => caseScope(input.caseId),
  async ({ parsedInput, ctx }): MayRefuse<{ slug: string }, PublishRefusal> => ({
    slug: (await publishSmallGrant(ctx.actor, parsedInput.caseId, ctx.meta)).slug,
  }),
);

export const answerSmallGrantRemarkAction = scopedAction(
  { name: "answerSmallGrantRemark", permission: "smallGrants.manage" },
  answerRemarkSchema,
  (input) => remarkScope(input.remarkId),
  // Only a remark's sender can be refused as the offeror (submitSmallGrantRemark); the office's answer never is.
  async ({ parsedInput, ctx }): MayRefuse<{ answered: true }, Exclude<RemarkRefusal, "OWN_OFFER">> => {
    await answerSmallGrantRemark(ctx.actor, parsedInput, ctx.meta);
    return { answered: true };
  },
);

export const decideSmallGrantAction = scopedAction(
  { name: "decideSmallGrant", permission: "smallGrants.manage", refresh: "evenWhenRefused" },
  decideSchema,
  (input) => caseScope(input.caseId),
  async ({ parsedInput, ctx }): MayRefuse<{ decided: true }, DecisionRefusal> => {
    await decideSmallGrant(ctx.actor, parsedInput, ctx.meta);
    return { decided: true };
  },
);

/** The organisation's new draft; the form then opens it in the offer editor. */
export const createSmallGrantDraftAction = scopedAction(
  { name: "createSmallGrantDraft", permission: "offers.prepare", refresh: "never" },
  createDraftSchema,
  (input) => organisationScope(input.organisationId),
  async ({ parsedInput, ctx }): MayRefuse<{ offerId: string }, DraftRefusal> => ({
    offerId: (await createSmallGrantDraft(ctx.actor, parsedInput)).id,
  }),
);

/** Anyone signed in, while the offer's window is open (remarks.ts checks the clock). */
export const submitSmallGrantRemarkAction = signedInClient
  .metadata({ name: "submitSmallGrantRemark", permission: "smallGrants.remark" })
  .inputSchema(remarkSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ submitted: string }, RemarkRefusal> => ({
    submitted: (await submitSmallGrantRemark(ctx.actor, parsedInput, ctx.meta)).id,
  }));

/**
 * The lead organisation's owner or editor submits a small-grant offer to the
 * office's intake (the competition submit leaves SIMPLIFIED_2018 offers here).
 */
export const submitSmallGrantOfferAction = scopedAction(
  { name: "submitSmallGrantOffer", permission: "offers.submit" },
  submitSmallGrantSchema,
  (input) => smallGrantOfferScope(input.offerId),
  async ({
    parsedInput: { locale, ...input },
    ctx,
  }): MayRefuse<{ shortChecksum: string }, SmallGrantSubmitRefusal> => ({
    shortChecksum: (await submitSmallGrantOffer(input, ctx.actor, locale)).shortChecksum,
  }),
);
