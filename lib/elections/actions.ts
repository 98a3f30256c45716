"use server";

import { createElection, publishElection, unpublishElection, updateElection } from "@/lib/elections/mutations";
import { startFurtherRound } from "@/lib/elections/further-round";
import { createElectionSchema, electionIdSchema, updateElectionSchema } from "@/lib/elections/schemas";
import { electionOrganiser as organiserOf } from "@/lib/elections/queries";
import { institutionScope } from "@/lib/institutions/queries";
import { scopedAction } from "@/lib/safe-action";

export const createElectionAction = scopedAction(
  { name: "createElection", permission: "elections.manage" },
  createElectionSchema,
  institutionScope,
  async ({ parsedInput: { institutionId, ...fields }, ctx }) =>
    createElection(institutionId, fields, { userId: ctx.actor.id, ...ctx.meta }),
);

export const updateElectionAction = scopedAction(
  { name: "updateElection", permission: "elections.manage" },
  updateElectionSchema,
  organiserOf,
  async ({ parsedInput: { electionId, ...fields }, ctx }) =>
    updateElection(electionId, fields, { userId: ctx.actor.id, ...ctx.meta }),
);

export const publishElectionAction = scopedAction(
  { name: "publishElection", permission: "elections.manage" },
  electionIdSchema,
  organiserOf,
  async ({ parsedInput, ctx }) => {
    await publishElection(parsedInput.electionId, { userId: ctx.actor.id, ...ctx.meta });
    return { published: true };
  },
);

export const unpublishElectionAction = scopedAction(
  { name: "unpublishElection", permission: "elections.manage" },
  electionIdSchema,
  organiserOf,
  async ({ parsedInput, ctx }) => {
    await unpublishElection(parsedInput.electionId, { userId: ctx.actor.id, ...ctx.meta });
    return { unpublished: true };
  },
);

export const startFurtherRoundAction = scopedAction(
  { name: "startFurtherRound", permission: "elections.manage" },
  electionIdSchema,
  organiserOf,
  async ({ parsedInput, ctx }) => startFurtherRound(parsedInput.electionId, { userId: ctx.actor.id, ...ctx.meta }),
);
