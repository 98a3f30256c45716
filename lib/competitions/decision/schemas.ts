// What the decision, results and reasons forms send, checked the same way in
// the browser and on the server. Amounts are typed in złoty and kept as
// integer grosze; days are calendar days ("2027-03-01"). Messages are codes
// under `competitionDecision.errors`.
import { z } from "zod";
import { parsePln } from "@/lib/offers/calc/money";
import { isCalendarDay } from "@/lib/time/calendar-days";
import { recordId } from "@/lib/validation/record-id";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .transform((value) => value || null);

/** "" (not funded) or an amount in złoty as typed ("12 500,50"), as grosze. */
const amount = z
  .string()
  .trim()
  .superRefine((value, context) => {
    if (value !== "" && !parsePln(value).ok) context.addIssue({ code: "custom", message: "amountFormat" });
  })
  .transform((value) => {
    if (value === "") return null;
    const parsed = parsePln(value);
    return parsed.ok ? parsed.value : null;
  });

const optionalDay = z
  .string()
  .trim()
  .refine((value) => value === "" || isCalendarDay(value), "dayFormat")
  .transform((value) => value || null);

export const choiceObject = z.object({
  offerId: recordId,
  amount,
  reason: z.string().trim().max(4000, "tooLong"),
});

/** One task's decision: a word on every admitted offer, and why none is funded when none is. */
export const decisionObject = z.object({
  choices: z.array(choiceObject).max(2000),
  reason: z.string().trim().max(4000, "tooLong"),
  actReference: optionalText(200),
});
export type DecisionInput = z.input<typeof decisionObject>;
export type DecisionValues = z.output<typeof decisionObject>;
export const decideTaskSchema = decisionObject.extend({ competitionId: recordId, taskId: recordId });

export const annulmentObject = z.object({
  ground: z.enum(["NO_OFFERS", "NO_VALID_OFFER"], { message: "groundRequired" }),
  reason: z.string().trim().min(3, "reasonRequired").max(4000, "tooLong"),
  actReference: optionalText(200),
});
export type AnnulmentInput = z.input<typeof annulmentObject>;
export const annulTaskSchema = annulmentObject.extend({ competitionId: recordId, taskId: recordId });

export const taskRefSchema = z.object({ competitionId: recordId, taskId: recordId });
export const competitionRefSchema = z.object({ competitionId: recordId });

/** The days the results appeared in BIP, on the notice board and on the office's website (art. 13 ust. 3). */
export const channelsObject = z.object({
  bipOn: optionalDay,
  noticeBoardOn: optionalDay,
  websiteOn: optionalDay,
  bipUrl: z
    .string()
    .trim()
    .max(500, "tooLong")
    .refine((value) => value === "" || /^https?:\/\/\S+$/.test(value), "urlFormat")
    .transform((value) => value || null),
});
export type ChannelsInput = z.input<typeof channelsObject>;
export const recordChannelsSchema = channelsObject.extend({ competitionId: recordId, noticeId: recordId });

/** Anyone's request for the reasons an offer was chosen or rejected (or about the competition as a whole). */
export const reasonsRequestObject = z.object({
  offerId: z.union([z.literal("").transform(() => null), recordId]),
  body: z.string().trim().min(3, "bodyRequired").max(4000, "tooLong"),
});
export type ReasonsRequestInput = z.input<typeof reasonsRequestObject>;
export const requestReasonsSchema = reasonsRequestObject.extend({ competitionId: recordId });

export const answerObject = z.object({ answer: z.string().trim().min(3, "answerRequired").max(10000, "tooLong") });
export type AnswerInput = z.input<typeof answerObject>;
export const answerReasonsSchema = answerObject.extend({ competitionId: recordId, requestId: recordId });

const days = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, "daysRange")
    .transform(Number)
    .refine((value) => value >= 1 && value <= max, "daysRange");

/**
 * The office's own settings of the procedure (not law: the statute sets no
 * answer deadline, and the acceptance deadline is practice, design L10, L15),
 * editable until the results are published.
 */
export const settingsObject = z.object({
  acceptanceDays: days(60),
  reasonsAnswerDays: days(90),
  resultsListUnfunded: z.boolean(),
});
export type SettingsInput = z.input<typeof settingsObject>;
export type SettingsValues = z.output<typeof settingsObject>;
export const saveSettingsSchema = settingsObject.extend({ competitionId: recordId });

/** A request that came on paper or by e-mail, recorded by an official with the day it was received. */
export const paperRequestObject = z.object({
  requesterName: z.string().trim().min(2, "nameRequired").max(200, "tooLong"),
  requesterEmail: z.string().trim().max(320, "tooLong").pipe(z.email("emailFormat")),
  receivedOn: z.string().trim().refine(isCalendarDay, "dayFormat"),
  offerId: z.union([z.literal("").transform(() => null), recordId]),
  body: z.string().trim().min(3, "bodyRequired").max(4000, "tooLong"),
});
export type PaperRequestInput = z.input<typeof paperRequestObject>;
export type PaperRequestValues = z.output<typeof paperRequestObject>;
export const recordPaperRequestSchema = paperRequestObject.extend({ competitionId: recordId });
