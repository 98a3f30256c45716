// What the ranking page's forms send: the chair's proposal for one offer, the
// resolution of a divergence, closing the commission, and the office's reopening.
// Amounts are typed in złoty and kept as integer grosze; an agreed score is typed
// in points and parsed by the mutation (its range depends on the task's criteria).
// Messages are keys under `forms.errors`.
import { z } from "zod";
import { DivergenceResolution, NgoAbsenceGround } from "@/lib/generated/prisma/enums";
import { parsePln } from "@/lib/offers/calc/money";
import { recordId } from "@/lib/validation/record-id";

export const divergenceResolutions = Object.values(DivergenceResolution);
export const ngoAbsenceGrounds = Object.values(NgoAbsenceGround);

/** Empty clears the proposal; otherwise złoty as typed ("120 000", "5 000,50 zł") into grosze. */
const optionalAmount = z.string().transform((value, context) => {
  if (value.trim() === "") return null;
  const parsed = parsePln(value);
  if (!parsed.ok) {
    context.addIssue({ code: "custom", message: "competitionAmountInvalid" });
    return z.NEVER;
  }
  return parsed.value;
});

const longText = (max: number, message: string) => z.string().trim().max(max, message);

export const proposalObject = z.object({
  amount: optionalAmount,
  cutReason: longText(2000, "competitionReasonTooLong"),
  opinion: longText(20_000, "competitionTextTooLong"),
  recommended: z.enum(["", "yes", "no"]).transform((value) => (value === "" ? null : value === "yes")),
});
export type ProposalInput = z.input<typeof proposalObject>;
/** `revision` is the assessment's revision the chair saw (0 before there is one). */
export const proposalSchema = proposalObject.extend({ offerId: recordId, revision: z.number().int().min(0) });
export type Proposal = z.output<typeof proposalSchema>;

export const resolutionObject = z.object({
  resolution: z.enum(divergenceResolutions),
  note: z.string().trim().min(10, "competitionReasonTooShort").max(2000, "competitionReasonTooLong"),
  /** Points as typed ("42,5"), only for COMMISSION_SCORE; checked against the task's scale by the mutation. */
  agreedScore: z.string().trim().max(20, "competitionReasonTooLong"),
});
export type ResolutionInput = z.input<typeof resolutionObject>;
export const resolutionSchema = resolutionObject.extend({ offerId: recordId });
export type Resolution = z.output<typeof resolutionSchema>;

export const closeObject = z.object({
  /** Required only when no nominee of an organisation sits on the commission (L7). */
  ngoAbsenceGround: z.union([z.literal("").transform(() => null), z.enum(ngoAbsenceGrounds)]),
});
export type CloseInput = z.input<typeof closeObject>;
export const closeSchema = closeObject.extend({ competitionId: recordId });

export const reopenObject = z.object({
  reason: z.string().trim().min(10, "competitionReasonTooShort").max(2000, "competitionReasonTooLong"),
});
export type ReopenInput = z.input<typeof reopenObject>;
export const reopenSchema = reopenObject.extend({ competitionId: recordId });

/** "42", "42,5", "42.5" points → tenths; null for anything else (halves and tenths only, as on the cards). */
export function parsePointsToTenths(text: string): number | null {
  const match = /^(\d{1,4})(?:[.,](\d))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 10 + Number(match[2] ?? "0");
}
