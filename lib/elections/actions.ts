"use server";

import { db } from "@/lib/db/client";
import { createElection, publishElection, unpublishElection, updateElection } from "@/lib/elections/mutations";
import { startFurtherRound } from "@/lib/elections/further-round";
import { createElectionSchema, electionIdSchema, updateElectionSchema } from "@/lib/elections/schemas";
import { scopedAction } from "@/lib/safe-action";

/** The institution that organises the election, looked up on the server. */
async function organiserOf(input: { electionId: string }) {
  const election = await db().election.findUnique({ where: { id: input.electionId }, select: { institutionId: true } });
  return election ? { institutionId: election.institutionId } : null;
}

export const createElectionAction = scopedAction(
  { name: "createElection", permission: "elections.manage" },
  createElectionSchema,
  async (input) =>
    (await db().institution.findUnique({ where: { id: input.institutionId }, select: { id: true } }))
      ? { institutionId: input.institutionId }
      : null,
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
