"use server";

import { electionOrganiser } from "@/lib/elections/queries";
import { publishResults } from "@/lib/elections/results";
import { castBallot, designateVoter, requestVoteCode, type VotingRefusal } from "@/lib/elections/voting/mutations";
import {
  castBallotSchema,
  designateVoterSchema,
  electionIdOnlySchema,
  voteCodeRequestSchema,
} from "@/lib/elections/voting/schemas";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction, signedInClient } from "@/lib/safe-action";

// Who may cast which organisation's ballot is the election's rule
// (lib/elections/voting/mutations.ts: an owner, or the designated representative).
export const requestVoteCodeAction = signedInClient
  .metadata({ name: "requestVoteCode", permission: "elections.takePart" })
  .inputSchema(voteCodeRequestSchema)
  .action(async ({ parsedInput: { locale, ...input }, ctx }): MayRefuse<{ sent: true }, VotingRefusal> => {
    await requestVoteCode(ctx.actor, input, locale);
    return { sent: true };
  });

export const castBallotAction = signedInClient
  // Not refreshed: the page would re-render as "already voted" over the receipt, whose tracker is shown only once.
  .metadata({ name: "castBallot", permission: "elections.takePart", refresh: "never" })
  .inputSchema(castBallotSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ cast: Awaited<ReturnType<typeof castBallot>> }, VotingRefusal> => ({
    cast: await castBallot(ctx.actor, parsedInput),
  }));

export const designateVoterAction = signedInClient
  .metadata({ name: "designateVoter", permission: "elections.takePart" })
  .inputSchema(designateVoterSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ designated: true }, VotingRefusal> => {
    await designateVoter(ctx.actor, parsedInput);
    return { designated: true };
  });

export const publishResultsAction = scopedAction(
  { name: "publishResults", permission: "elections.manage" },
  electionIdOnlySchema,
  electionOrganiser,
  async ({ parsedInput, ctx }) => {
    await publishResults({ userId: ctx.actor.id, ...ctx.meta }, parsedInput.electionId);
    return { published: true };
  },
);
