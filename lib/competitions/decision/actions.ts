"use server";

// The office's decision, publication and answers are competitions.decide and
// competitions.answerReasons in the competition's office (institution roles
// only: the platform administrator has no say, art. 11 ust. 2b), the office
// found on the server from the competition. Asking for the reasons is
// competitions.requestReasons: anyone signed in.
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction, signedInClient } from "@/lib/safe-action";
import { annulTask } from "@/lib/competitions/decision/annul";
import { decideTask, withdrawTaskDecision, type DecisionRefusal } from "@/lib/competitions/decision/decide";
import { publishResults, recordChannels } from "@/lib/competitions/decision/publish";
import { decisionScope } from "@/lib/competitions/decision/queries";
import {
  answerReasons,
  recordPaperRequest,
  requestReasons,
  type ReasonsRefusal,
} from "@/lib/competitions/decision/reasons";
import { saveDecisionSettings } from "@/lib/competitions/decision/settings";
import {
  annulTaskSchema,
  answerReasonsSchema,
  competitionRefSchema,
  decideTaskSchema,
  recordChannelsSchema,
  recordPaperRequestSchema,
  requestReasonsSchema,
  saveSettingsSchema,
  taskRefSchema,
} from "@/lib/competitions/decision/schemas";

const decide = (name: string) => ({ name, permission: "competitions.decide" as const });

export const decideTaskAction = scopedAction(
  decide("decideCompetitionTask"),
  decideTaskSchema,
  decisionScope,
  async ({ parsedInput: { competitionId, taskId, ...values }, ctx }): MayRefuse<{ decided: true }, DecisionRefusal> =>
    decideTask(competitionId, taskId, values, { userId: ctx.actor.id, ...ctx.meta }),
);

export const annulTaskAction = scopedAction(
  decide("annulCompetitionTask"),
  annulTaskSchema,
  decisionScope,
  async ({ parsedInput: { competitionId, taskId, ...values }, ctx }): MayRefuse<{ annulled: true }, DecisionRefusal> =>
    annulTask(competitionId, taskId, values, { userId: ctx.actor.id, ...ctx.meta }),
);

export const withdrawTaskDecisionAction = scopedAction(
  decide("withdrawCompetitionTaskDecision"),
  taskRefSchema,
  decisionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ withdrawn: true }, DecisionRefusal> =>
    withdrawTaskDecision(parsedInput.competitionId, parsedInput.taskId, { userId: ctx.actor.id, ...ctx.meta }),
);

/** Refused with OFFERS_UNDECIDED / TASKS_UNDECIDED while the page's list shows what is missing. */
export const publishResultsAction = scopedAction(
  { ...decide("publishCompetitionResults"), refresh: "evenWhenRefused" },
  competitionRefSchema,
  decisionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ noticeId: string }, DecisionRefusal> =>
    publishResults(parsedInput.competitionId, { userId: ctx.actor.id, ...ctx.meta }),
);

export const recordChannelsAction = scopedAction(
  decide("recordCompetitionResultsChannels"),
  recordChannelsSchema,
  decisionScope,
  async ({ parsedInput: { competitionId, noticeId, ...days }, ctx }): MayRefuse<{ saved: true }, DecisionRefusal> =>
    recordChannels(competitionId, noticeId, days, { userId: ctx.actor.id, ...ctx.meta }),
);

export const saveDecisionSettingsAction = scopedAction(
  decide("saveCompetitionDecisionSettings"),
  saveSettingsSchema,
  decisionScope,
  async ({ parsedInput: { competitionId, ...values }, ctx }): MayRefuse<{ saved: true }, DecisionRefusal> =>
    saveDecisionSettings(competitionId, values, { userId: ctx.actor.id, ...ctx.meta }),
);

export const requestReasonsAction = signedInClient
  .metadata({ name: "requestCompetitionReasons", permission: "competitions.requestReasons" })
  .inputSchema(requestReasonsSchema)
  .action(
    async ({ parsedInput: { competitionId, ...values }, ctx }): MayRefuse<{ requestId: string }, ReasonsRefusal> =>
      requestReasons(competitionId, values, ctx.actor.id, ctx.meta.ip),
  );

export const recordPaperRequestAction = scopedAction(
  { name: "recordCompetitionReasonsRequest", permission: "competitions.answerReasons" },
  recordPaperRequestSchema,
  decisionScope,
  async ({ parsedInput: { competitionId, ...values }, ctx }): MayRefuse<{ requestId: string }, ReasonsRefusal> =>
    recordPaperRequest(competitionId, values, { userId: ctx.actor.id, ...ctx.meta }),
);

export const answerReasonsAction = scopedAction(
  // The form says it was sent and shows the answer; a refresh would replace the form (and its status) at once.
  { name: "answerCompetitionReasons", permission: "competitions.answerReasons", refresh: "never" },
  answerReasonsSchema,
  decisionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ answered: true }, ReasonsRefusal> =>
    answerReasons(parsedInput.competitionId, parsedInput.requestId, parsedInput.answer, {
      userId: ctx.actor.id,
      ...ctx.meta,
    }),
);
