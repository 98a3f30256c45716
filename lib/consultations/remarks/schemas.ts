// A remark as its form sends it (the standard form: part of the document,
// current wording, proposed wording, justification). Messages are keys under
// `forms.errors`.
import { z } from "zod";
import { actingForSchema } from "@/lib/auth/acting-as-schema";
import { recordId } from "@/lib/validation/record-id";

const id = recordId;
export const MAX_REMARK_TEXT = 10_000;

const text = (message: string) =>
  z
    .string()
    .trim()
    .max(MAX_REMARK_TEXT, message)
    .transform((value) => value || null);

const remarkContent = {
  currentWording: text("remarkTextTooLong"),
  proposedWording: text("remarkTextTooLong"),
  justification: text("remarkTextTooLong"),
};

/** Either a new wording or a justification: a remark that says nothing is refused. */
function saysSomething<T extends z.ZodType<{ proposedWording: string | null; justification: string | null }>>(
  schema: T,
) {
  return schema.superRefine((value, context) => {
    if (!value.proposedWording && !value.justification)
      context.addIssue({ code: "custom", path: ["justification"], message: "remarkEmpty" });
  });
}

export const submitRemarkSchema = saysSomething(
  z.object({
    consultationId: id,
    /** Empty for a general remark on the whole document. */
    unitId: z.union([id, z.literal("")]).transform((value) => value || null),
    actingFor: actingForSchema,
    ...remarkContent,
  }),
);
export const editRemarkSchema = saysSomething(z.object({ remarkId: id, ...remarkContent }));
export const withdrawRemarkSchema = z.object({ remarkId: id });
export const answersSeenSchema = z.object({ consultationId: id });
/**
 * What the remark form validates, new or edited: the words, and for whom
 * (a new remark only; "" is oneself). Where the remark goes is added on sending.
 */
export const remarkFormSchema = saysSomething(z.object({ actingFor: actingForSchema, ...remarkContent }));
export type RemarkFormInput = z.input<typeof remarkFormSchema>;

export type SubmitRemarkInput = z.input<typeof submitRemarkSchema>;
export type EditRemarkInput = z.input<typeof editRemarkSchema>;
