// What people send about a competition's questions, checked the same way in
// the browser and on the server. Messages are keys under
// `competitions.questions.errors`. Text is plain (rendered escaped); control
// characters other than line breaks are dropped.
import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";

export const MAX_QUESTION = 3000;
export const MAX_ANSWER = 10_000;
export const MAX_DECLINE_REASON = 1000;

const plain = (min: number, max: number, short: string, long: string) =>
  z
    .string()
    .transform((text) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").trim())
    .pipe(z.string().min(min, short).max(max, long));

export const questionFormSchema = z.object({
  organisationId: recordId,
  /** Empty: the question concerns the whole competition. */
  taskId: z.union([z.literal(""), recordId]),
  body: plain(10, MAX_QUESTION, "questionTooShort", "questionTooLong"),
});
export type QuestionFormInput = z.input<typeof questionFormSchema>;

export const askQuestionSchema = questionFormSchema.extend({ competitionId: recordId });

export const answerFormSchema = z.object({
  /** The question's wording as published: the asker's, or edited to remove what identifies them. */
  body: plain(10, MAX_QUESTION, "questionTooShort", "questionTooLong"),
  answer: plain(2, MAX_ANSWER, "answerTooShort", "answerTooLong"),
});
export const answerQuestionSchema = answerFormSchema.extend({ questionId: recordId });

export const declineFormSchema = z.object({
  reason: plain(5, MAX_DECLINE_REASON, "reasonTooShort", "reasonTooLong"),
});
export const declineQuestionSchema = declineFormSchema.extend({ questionId: recordId });
