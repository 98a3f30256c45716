// An addressee's answer as its form sends it: the status it sets (the same
// one for a further answer), the public text, for an acceptance what is
// planned and by when, for a merge the entry it goes into (its address or
// slug, as an official copies it from the browser). Messages are keys under
// `forms.errors`. Client-safe.
import { z } from "zod";
import { ideaStatuses } from "@/lib/ideas/answers/status";
import { recordId } from "@/lib/validation/record-id";

export const MAX_ANSWER_TEXT = 10_000;
export const MAX_PLANNED_ACTION = 2_000;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value || null);

/** The slug at the end of an entry's address (or the slug itself). */
export function slugFromAddress(value: string): string {
  const path = value.trim().split(/[?#]/)[0] ?? "";
  const last = path.replace(/\/+$/, "").split("/").pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    // Not a valid percent-encoding ("%E0"): no entry has such an address, and the field says so.
    return "";
  }
}

export const answerFormSchema = z
  .object({
    /** The status the form showed: an answer written against a status changed meanwhile is refused. */
    shownStatus: z.enum(ideaStatuses),
    toStatus: z.enum(ideaStatuses),
    body: z.string().trim().min(10, "ideaAnswerTooShort").max(MAX_ANSWER_TEXT, "ideaAnswerTooLong"),
    plannedAction: optionalText(MAX_PLANNED_ACTION, "ideaPlannedActionTooLong"),
    plannedBy: z
      .union([z.literal(""), z.iso.date("ideaPlannedByInvalid")])
      .optional()
      .transform((value) => value || null),
    mergeInto: optionalText(500, "ideaMergeTargetRequired"),
  })
  .superRefine((value, context) => {
    // Moving into a status needs its details; a further answer in the same status does not.
    const moves = value.toStatus !== value.shownStatus;
    if (moves && value.toStatus === "ACCEPTED") {
      if (!value.plannedAction)
        context.addIssue({ code: "custom", path: ["plannedAction"], message: "ideaPlannedActionRequired" });
      if (!value.plannedBy) context.addIssue({ code: "custom", path: ["plannedBy"], message: "ideaPlannedByInvalid" });
    }
    if (moves && value.toStatus === "MERGED" && !(value.mergeInto && slugFromAddress(value.mergeInto)))
      context.addIssue({ code: "custom", path: ["mergeInto"], message: "ideaMergeTargetRequired" });
  });
export type AnswerFormInput = z.input<typeof answerFormSchema>;
export type AnswerFields = z.output<typeof answerFormSchema>;

export const answerIdeaSchema = answerFormSchema.and(z.object({ ideaId: recordId }));
export type AnswerIdeaInput = z.input<typeof answerIdeaSchema>;
