// Officials' answers to remarks (stanowisko): a decision and, unless the
// remark is accepted, the reason. Messages are keys under `forms.errors`.
import { z } from "zod";
import { RemarkDecision } from "@/lib/generated/prisma/enums";
import { recordId } from "@/lib/validation/record-id";

const id = recordId;
export const remarkDecisions = Object.values(RemarkDecision);

export const answerRemarksSchema = z
  .object({
    consultationId: id,
    /** One remark, or several similar ones answered together. */
    remarkIds: z.array(id).min(1, "answerNoRemarks").max(500, "answerTooManyRemarks"),
    decision: z.enum(RemarkDecision, { error: "answerDecisionRequired" }),
    reason: z.string().trim().max(5000, "answerReasonTooLong"),
  })
  .superRefine((value, context) => {
    if (value.decision !== "ACCEPTED" && !value.reason)
      context.addIssue({ code: "custom", path: ["reason"], message: "answerReasonRequired" });
  });
export type AnswerRemarksInput = z.input<typeof answerRemarksSchema>;

export const ANSWER_STATES = ["unanswered", "answered", "withdrawn", "all"] as const;
export type AnswerState = (typeof ANSWER_STATES)[number];

/** Correcting an answer after the report was published: the new answer and why. */
export const correctAnswerSchema = z
  .object({
    consultationId: id,
    remarkId: id,
    decision: z.enum(RemarkDecision, { error: "answerDecisionRequired" }),
    reason: z.string().trim().max(5000, "answerReasonTooLong"),
    why: z.string().trim().min(10, "correctionWhyTooShort").max(2000, "correctionWhyTooLong"),
  })
  .superRefine((value, context) => {
    if (value.decision !== "ACCEPTED" && !value.reason)
      context.addIssue({ code: "custom", path: ["reason"], message: "answerReasonRequired" });
  });
export type CorrectAnswerInput = z.input<typeof correctAnswerSchema>;
