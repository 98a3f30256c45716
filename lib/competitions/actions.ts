"use server";

// Officials' actions on their office's competitions. The office is found on
// the server from the competition (competitionScope) or the institution id,
// never taken from the form; the permission is competitions.manage in it
// (two-factor as the permission module requires for officials).
import { institutionScope } from "@/lib/institutions/queries";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction } from "@/lib/safe-action";
import { AppError } from "@/lib/errors";
import { removeDocument } from "@/lib/competitions/documents/documents";
import {
  createCompetition,
  extendDeadline,
  publishCompetition,
  saveCommissionCall,
  updateCompetitionBasics,
  updateCompetitionParameters,
} from "@/lib/competitions/mutations";
import {
  addRequirement,
  removeHistoryRow,
  removePublication,
  removeRequirement,
  removeTask,
  saveHistoryRow,
  savePublication,
  saveTask,
} from "@/lib/competitions/parts";
import type { CompetitionRefusal } from "@/lib/competitions/policy";
import { competitionScope } from "@/lib/competitions/queries";
import {
  addRequirementSchema,
  competitionIdSchema,
  createCompetitionSchema,
  extendDeadlineSchema,
  removeDocumentSchema,
  removeHistoryRowSchema,
  removePublicationSchema,
  removeRequirementSchema,
  removeTaskSchema,
  saveCommissionCallSchema,
  saveHistoryRowSchema,
  savePublicationSchema,
  saveTaskSchema,
  updateCompetitionSchema,
  updateParametersSchema,
} from "@/lib/competitions/schemas";

const manage = (name: string) => ({ name, permission: "competitions.manage" as const });

export const createCompetitionAction = scopedAction(
  manage("createCompetition"),
  createCompetitionSchema,
  institutionScope,
  async ({ parsedInput: { institutionId, ...fields }, ctx }) =>
    createCompetition(institutionId, fields, { userId: ctx.actor.id, ...ctx.meta }),
);

export const updateCompetitionAction = scopedAction(
  manage("updateCompetition"),
  updateCompetitionSchema,
  competitionScope,
  async ({ parsedInput: { competitionId, ...fields }, ctx }): MayRefuse<{ slug: string }, CompetitionRefusal> =>
    updateCompetitionBasics(competitionId, fields, { userId: ctx.actor.id, ...ctx.meta }),
);

export const updateCompetitionParametersAction = scopedAction(
  manage("updateCompetitionParameters"),
  updateParametersSchema,
  competitionScope,
  async ({ parsedInput: { competitionId, ...fields }, ctx }): MayRefuse<{ saved: true }, CompetitionRefusal> =>
    updateCompetitionParameters(competitionId, fields, { userId: ctx.actor.id, ...ctx.meta }),
);

export const saveTaskAction = scopedAction(
  manage("saveCompetitionTask"),
  saveTaskSchema,
  competitionScope,
  async ({
    parsedInput: { competitionId, taskId, ...fields },
    ctx,
  }): MayRefuse<{ taskId: string }, CompetitionRefusal> =>
    saveTask(competitionId, taskId, fields, { userId: ctx.actor.id, ...ctx.meta }),
);

export const removeTaskAction = scopedAction(
  manage("removeCompetitionTask"),
  removeTaskSchema,
  competitionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ removed: true }, CompetitionRefusal> =>
    removeTask(parsedInput.competitionId, parsedInput.taskId, { userId: ctx.actor.id, ...ctx.meta }),
);

export const saveHistoryRowAction = scopedAction(
  manage("saveCompetitionHistoryRow"),
  saveHistoryRowSchema,
  competitionScope,
  async ({ parsedInput: { competitionId, ...row }, ctx }): MayRefuse<{ saved: true }, CompetitionRefusal> =>
    saveHistoryRow(competitionId, row, { userId: ctx.actor.id, ...ctx.meta }),
);

export const removeHistoryRowAction = scopedAction(
  manage("removeCompetitionHistoryRow"),
  removeHistoryRowSchema,
  competitionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ removed: true }, CompetitionRefusal> =>
    removeHistoryRow(parsedInput.competitionId, parsedInput.rowId, { userId: ctx.actor.id, ...ctx.meta }),
);

export const addRequirementAction = scopedAction(
  manage("addCompetitionRequirement"),
  addRequirementSchema,
  competitionScope,
  async ({ parsedInput: { competitionId, ...fields }, ctx }): MayRefuse<{ saved: true }, CompetitionRefusal> =>
    addRequirement(competitionId, fields, { userId: ctx.actor.id, ...ctx.meta }),
);

export const removeRequirementAction = scopedAction(
  manage("removeCompetitionRequirement"),
  removeRequirementSchema,
  competitionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ removed: true }, CompetitionRefusal> =>
    removeRequirement(parsedInput.competitionId, parsedInput.requirementId, { userId: ctx.actor.id, ...ctx.meta }),
);

export const savePublicationAction = scopedAction(
  manage("saveCompetitionPublication"),
  savePublicationSchema,
  competitionScope,
  async ({ parsedInput: { competitionId, ...fields }, ctx }): MayRefuse<{ saved: true }, CompetitionRefusal> =>
    savePublication(competitionId, fields, { userId: ctx.actor.id, ...ctx.meta }),
);

export const removePublicationAction = scopedAction(
  manage("removeCompetitionPublication"),
  removePublicationSchema,
  competitionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ removed: true }, CompetitionRefusal> =>
    removePublication(parsedInput.competitionId, parsedInput.channel, { userId: ctx.actor.id, ...ctx.meta }),
);

/** Refused with NOT_PUBLISHABLE while the page's list of problems holds an error; the page is refreshed to show it. */
export const publishCompetitionAction = scopedAction(
  { ...manage("publishCompetition"), refresh: "evenWhenRefused" },
  competitionIdSchema,
  competitionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ slug: string }, CompetitionRefusal> =>
    publishCompetition(parsedInput.competitionId, { userId: ctx.actor.id, ...ctx.meta }),
);

export const extendDeadlineAction = scopedAction(
  manage("extendCompetitionDeadline"),
  extendDeadlineSchema,
  competitionScope,
  async ({ parsedInput: { competitionId, ...extension }, ctx }): MayRefuse<{ slug: string }, CompetitionRefusal> =>
    extendDeadline(competitionId, extension, { userId: ctx.actor.id, ...ctx.meta }),
);

export const saveCommissionCallAction = scopedAction(
  manage("saveCommissionCall"),
  saveCommissionCallSchema,
  competitionScope,
  async ({ parsedInput: { competitionId, ...fields }, ctx }): MayRefuse<{ saved: true }, CompetitionRefusal> =>
    saveCommissionCall(competitionId, fields, { userId: ctx.actor.id, ...ctx.meta }),
);

export const removeDocumentAction = scopedAction(
  manage("removeCompetitionDocument"),
  removeDocumentSchema,
  competitionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ removed: true }, CompetitionRefusal> => {
    if (
      !(await removeDocument(parsedInput.competitionId, parsedInput.documentId, { userId: ctx.actor.id, ...ctx.meta }))
    )
      throw new AppError("NOT_FOUND", "removeCompetitionDocument");
    return { removed: true };
  },
);
