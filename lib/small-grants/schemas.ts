// What the small-grant forms send. Messages are keys under forms.errors (the
// shared form errors; the small-grant ones start with "smallGrant"). Amounts
// are typed in złoty and kept in grosze; text is kept as plain text.
import { z } from "zod";
import { actingForSchema } from "@/lib/auth/acting-as-schema";
import { locales } from "@/lib/i18n/locales";
import { parsePln } from "@/lib/offers/calc/money";
import { plainText } from "@/lib/partnerships/profile/schemas";
import { recordId } from "@/lib/validation/record-id";

export const REMARK_MIN = 10;
export const REMARK_MAX = 5_000;
export const ANSWER_MAX = 5_000;
export const REASON_MAX = 2_000;
export const NOTE_MAX = 500;

const amount = (message: string) =>
  z.string().transform((text, ctx) => {
    const parsed = parsePln(text);
    if (!parsed.ok || parsed.value <= 0) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return parsed.value;
  });

const plain = (max: number, tooLong: string) =>
  z
    .string()
    .max(max * 2, tooLong)
    .transform(plainText)
    .pipe(z.string().max(max, tooLong));

export const saveBudgetSchema = z.object({
  institutionId: recordId,
  year: z.coerce
    .number()
    .int("smallGrantYearInvalid")
    .min(2019, "smallGrantYearInvalid")
    .max(2100, "smallGrantYearInvalid"),
  plannedGrantsTotal: amount("smallGrantPlannedInvalid"),
  intakeOpen: z.boolean(),
  suspendedNote: plain(NOTE_MAX, "smallGrantNoteTooLong").transform((value) => value || null),
  sphereIds: z
    .array(z.string().regex(/^[a-z0-9-]{3,40}$/))
    .max(50)
    .default([]),
});
export type SaveBudgetInput = z.input<typeof saveBudgetSchema>;
export type SaveBudgetValues = z.output<typeof saveBudgetSchema>;

export const createDraftSchema = z.object({
  organisationId: z.string().min(1, "smallGrantOrganisationRequired").pipe(recordId),
  institutionId: z.string().min(1, "smallGrantOfficeRequired").pipe(recordId),
});
export type CreateDraftInput = z.input<typeof createDraftSchema>;

export const caseIdSchema = z.object({ caseId: recordId });

export const remarkSchema = z.object({
  caseId: recordId,
  actingFor: actingForSchema,
  body: plain(REMARK_MAX, "smallGrantRemarkTooLong").pipe(z.string().min(REMARK_MIN, "smallGrantRemarkTooShort")),
});
export type RemarkInput = z.input<typeof remarkSchema>;

export const answerRemarkSchema = z.object({
  remarkId: recordId,
  answer: plain(ANSWER_MAX, "smallGrantAnswerTooLong").pipe(z.string().min(1, "smallGrantAnswerRequired")),
});
export type AnswerRemarkInput = z.input<typeof answerRemarkSchema>;

/** Accepted with an amount, or refused with a reason (an acceptance may give one too). */
export const decideSchema = z
  .object({
    caseId: recordId,
    decision: z.enum(["ACCEPTED", "REFUSED"], { error: "smallGrantDecisionRequired" }),
    amount: z.string().max(40, "smallGrantAmountInvalid"),
    reason: plain(REASON_MAX, "smallGrantReasonTooLong"),
  })
  .transform((input, ctx) => {
    if (input.decision === "REFUSED") {
      if (input.reason.length < 5) {
        ctx.addIssue({ code: "custom", path: ["reason"], message: "smallGrantReasonRequired" });
        return z.NEVER;
      }
      return { caseId: input.caseId, decision: input.decision, amount: null, reason: input.reason };
    }
    const parsed = parsePln(input.amount);
    if (!parsed.ok || parsed.value <= 0) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "smallGrantAmountInvalid" });
      return z.NEVER;
    }
    return { caseId: input.caseId, decision: input.decision, amount: parsed.value, reason: input.reason || null };
  });
export type DecideInput = z.input<typeof decideSchema>;
export type DecideValues = z.output<typeof decideSchema>;

/** The submit: the revisions of the sections the person saw (a stale page cannot submit), and their language for the errors. */
export const submitSmallGrantSchema = z.object({
  offerId: recordId,
  revisions: z.record(z.string().max(40), z.number().int().min(0)),
  locale: z.enum(locales),
});
export type SubmitSmallGrantInput = z.input<typeof submitSmallGrantSchema>;
