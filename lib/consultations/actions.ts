"use server";

import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { removeAttachment, type AttachmentRefusal } from "@/lib/consultations/attachments";
import { AppError } from "@/lib/errors";
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
import { organiserOf } from "@/lib/consultations/queries";
import { institutionScope } from "@/lib/institutions/queries";
import { scopedAction } from "@/lib/safe-action";

export const createConsultationAction = scopedAction(
  { name: "createConsultation", permission: "consultations.manage" },
  createConsultationSchema,
  institutionScope,
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

export const publishFinalTextAction = scopedAction(
  { name: "publishFinalText", permission: "consultations.manage" },
  finalTextSchema,
  organiserOf,
  async ({ parsedInput, ctx }) => {
    await publishFinalText(parsedInput.consultationId, parsedInput, { userId: ctx.actor.id, ...ctx.meta });
    return { published: true as const };
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
