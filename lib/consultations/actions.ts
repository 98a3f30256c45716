"use server";

import { db } from "@/lib/db/client";
import { answerRemarks, correctAnswer } from "@/lib/consultations/answers/mutations";
import { answerRemarksSchema, correctAnswerSchema } from "@/lib/consultations/answers/schemas";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { removeAttachment, type AttachmentRefusal } from "@/lib/consultations/attachments";
import { AppError } from "@/lib/errors";
import { publishReport, requestReport, type ReportRefusal } from "@/lib/consultations/report/mutations";
import {
  createConsultation,
  extendConsultation,
  publishConsultation,
  publishFinalText,
  unpublishConsultation,
  updateConsultation,
} from "@/lib/consultations/mutations";
import {
  consultationIdSchema,
  createConsultationSchema,
  removeConsultationAttachmentSchema,
  extendConsultationSchema,
  finalTextSchema,
  updateConsultationSchema,
} from "@/lib/consultations/schemas";
import { scopedAction } from "@/lib/safe-action";

/** The institution that runs the consultation, looked up on the server. */
async function organiserOf(input: { consultationId: string }) {
  const consultation = await db().consultation.findUnique({
    where: { id: input.consultationId },
    select: { institutionId: true },
  });
  return consultation ? { institutionId: consultation.institutionId } : null;
}

export const createConsultationAction = scopedAction(
  { name: "createConsultation", permission: "consultations.manage" },
  createConsultationSchema,
  async (input) =>
    (await db().institution.findUnique({ where: { id: input.institutionId }, select: { id: true } }))
      ? { institutionId: input.institutionId }
      : null,
  async ({ parsedInput: { institutionId, ...fields }, ctx }) =>
    createConsultation(institutionId, fields, { userId: ctx.actor.id, ...ctx.meta }),
);

export const updateConsultationAction = scopedAction(
  { name: "updateConsultation", permission: "consultations.manage" },
  updateConsultationSchema,
  organiserOf,
  async ({ parsedInput: { consultationId, ...fields }, ctx }) =>
    updateConsultation(consultationId, fields, { userId: ctx.actor.id, ...ctx.meta }),
);

export const publishConsultationAction = scopedAction(
  { name: "publishConsultation", permission: "consultations.manage" },
  consultationIdSchema,
  organiserOf,
  async ({ parsedInput, ctx }) => {
    await publishConsultation(parsedInput.consultationId, { userId: ctx.actor.id, ...ctx.meta });
    return { published: true };
  },
);

export const unpublishConsultationAction = scopedAction(
  { name: "unpublishConsultation", permission: "consultations.manage" },
  consultationIdSchema,
  organiserOf,
  async ({ parsedInput, ctx }) => {
    await unpublishConsultation(parsedInput.consultationId, { userId: ctx.actor.id, ...ctx.meta });
    return { unpublished: true };
  },
);

export const extendConsultationAction = scopedAction(
  { name: "extendConsultation", permission: "consultations.manage" },
  extendConsultationSchema,
  organiserOf,
  async ({ parsedInput, ctx }) => {
    await extendConsultation(parsedInput.consultationId, parsedInput.endsAt, parsedInput.reason, {
      userId: ctx.actor.id,
      ...ctx.meta,
    });
    return { extended: true };
  },
);

export const answerRemarksAction = scopedAction(
  { name: "answerRemarks", permission: "consultations.manage" },
  answerRemarksSchema,
  organiserOf,
  async ({ parsedInput, ctx }) => answerRemarks({ userId: ctx.actor.id, ...ctx.meta }, parsedInput),
);

export const requestReportAction = scopedAction(
  { name: "requestReport", permission: "consultations.manage" },
  consultationIdSchema,
  organiserOf,
  async ({ parsedInput, ctx }): MayRefuse<{ requested: true }, ReportRefusal> => {
    await requestReport(parsedInput.consultationId, { userId: ctx.actor.id, ...ctx.meta });
    return { requested: true };
  },
);

export const publishReportAction = scopedAction(
  { name: "publishReport", permission: "consultations.manage" },
  consultationIdSchema,
  organiserOf,
  async ({ parsedInput, ctx }): MayRefuse<{ published: true }, ReportRefusal> => {
    await publishReport(parsedInput.consultationId, { userId: ctx.actor.id, ...ctx.meta });
    return { published: true };
  },
);

export const publishFinalTextAction = scopedAction(
  { name: "publishFinalText", permission: "consultations.manage" },
  finalTextSchema,
  organiserOf,
  async ({ parsedInput, ctx }) => {
    await publishFinalText(parsedInput.consultationId, parsedInput, { userId: ctx.actor.id, ...ctx.meta });
    return { published: true as const };
  },
);

export const correctAnswerAction = scopedAction(
  { name: "correctAnswer", permission: "consultations.manage" },
  correctAnswerSchema,
  organiserOf,
  async ({ parsedInput, ctx }) => {
    await correctAnswer({ userId: ctx.actor.id, ...ctx.meta }, parsedInput);
    return { corrected: true as const };
  },
);

export const removeConsultationAttachmentAction = scopedAction(
  { name: "removeConsultationAttachment", permission: "consultations.manage" },
  removeConsultationAttachmentSchema,
  organiserOf,
  async ({ parsedInput, ctx }): MayRefuse<{ removed: true }, AttachmentRefusal> => {
    const { consultationId, attachmentId } = parsedInput;
    if (!(await removeAttachment(consultationId, attachmentId, { userId: ctx.actor.id, ...ctx.meta })))
      throw new AppError("NOT_FOUND", "removeConsultationAttachment");
    return { removed: true };
  },
);
