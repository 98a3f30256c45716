// What an official's announcement forms send, checked the same way in the
// browser and on the server. Amounts are typed in złoty and kept as integer
// grosze, shares typed in per cent and kept as basis points, never floats.
// Times are Polish local time ("2027-03-31T16:00"); a time that does not
// exist in Poland (the spring DST gap) is refused rather than moved.
// Messages are keys under `forms.errors`.
import { z } from "zod";
import {
  AdminCapBase,
  AttachmentCondition,
  CompetitionDocumentKind,
  ConfirmationChannel,
  PublicationChannel,
  TaskForm,
} from "@/lib/generated/prisma/enums";
import { parseRuleValue } from "@/lib/legal-rules/values";
import { parsePln } from "@/lib/offers/calc/money";
import { isCalendarDay } from "@/lib/time/calendar-days";
import { polishLocalToDate, strictPolishLocalToDate } from "@/lib/time/polish-local";
import { recordId } from "@/lib/validation/record-id";

export const taskForms = Object.values(TaskForm);
export const adminCapBases = Object.values(AdminCapBase);
export const attachmentConditions = Object.values(AttachmentCondition);
export const publicationChannels = Object.values(PublicationChannel);
export const confirmationChannels = Object.values(ConfirmationChannel);
export const documentKinds = Object.values(CompetitionDocumentKind);

const text = (min: number, max: number, short: string, long: string) =>
  z.string().trim().min(min, short).max(max, long);

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => value || null);

/** A deadline or an opening: refused when the time is skipped by the spring clock change. */
const polishInstant = (message: string, gapMessage = "competitionTimeInDstGap") =>
  z
    .string()
    .trim()
    .superRefine((value, context) => {
      if (polishLocalToDate(value) === null) context.addIssue({ code: "custom", message });
      else if (strictPolishLocalToDate(value) === null) context.addIssue({ code: "custom", message: gapMessage });
    })
    .transform((value) => strictPolishLocalToDate(value)!);

const optionalPolishInstant = (message: string) =>
  z.union([z.literal("").transform(() => null), polishInstant(message)]);

/** A calendar day as a date field sends it; kept as midnight UTC, as @db.Date columns are. */
const day = (message: string) =>
  z
    .string()
    .trim()
    .refine(isCalendarDay, message)
    .transform((value) => new Date(`${value}T00:00:00Z`));

const optionalDay = (message: string) => z.union([z.literal("").transform(() => null), day(message)]);

/** Złoty as typed ("120 000", "5 000,50 zł") into grosze. */
const amount = (message: string) =>
  z.string().transform((value, context) => {
    const parsed = parsePln(value);
    if (!parsed.ok) {
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return parsed.value;
  });

const optionalAmount = (message: string) =>
  z.union([
    z
      .string()
      .trim()
      .length(0)
      .transform(() => null),
    amount(message),
  ]);

/** A share in per cent ("10", "12,5") into basis points; empty = no such rule. */
const optionalPercent = (message: string) =>
  z.string().transform((value, context) => {
    if (value.trim() === "") return null;
    const parsed = parseRuleValue("basisPoints", value);
    if (!parsed.ok || parsed.valueInt === null) {
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return Number(parsed.valueInt);
  });

const httpUrl = (message: string) =>
  z
    .string()
    .trim()
    .max(500, message)
    .refine((value) => value === "" || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), message)
    .transform((value) => value || null);

const email = z
  .string()
  .trim()
  .max(254, "emailInvalid")
  .refine((value) => z.email().safeParse(value).success, "emailInvalid")
  .transform((value) => value.toLowerCase());

/** "2027, 2028" as the years offers may plan actions in. */
const years = z.string().transform((value, context) => {
  const list = value
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
  if (
    list.length === 0 ||
    list.length > 5 ||
    list.some((year) => !Number.isInteger(year) || year < 2019 || year > 2100)
  ) {
    context.addIssue({ code: "custom", message: "competitionYearsInvalid" });
    return z.NEVER;
  }
  return [...new Set(list)].sort((a, b) => a - b);
});

const criterion = z.object({
  name: text(2, 300, "competitionCriterionNameRequired", "competitionCriterionNameTooLong"),
  maxPoints: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, "competitionCriterionPointsInvalid")
    .transform(Number)
    .refine((points) => points >= 1, "competitionCriterionPointsInvalid"),
  onlySupport: z.boolean(),
});

const basicsObject = z.object({
  title: text(5, 300, "competitionTitleTooShort", "competitionTitleTooLong"),
  reference: optionalText(100, "competitionReferenceTooLong"),
  summary: text(20, 20_000, "competitionSummaryTooShort", "competitionTextTooLong"),
  awardRules: z.string().trim().max(20_000, "competitionTextTooLong"),
  implementationTerms: z.string().trim().max(20_000, "competitionTextTooLong"),
  implementationStartsOn: optionalDay("dateInvalid"),
  implementationEndsOn: optionalDay("dateInvalid"),
  allowedYears: years,
  offersOpenAt: polishInstant("competitionOpensInvalid"),
  offersDeadline: polishInstant("competitionDeadlineInvalid"),
  selectionProcedure: z.string().trim().max(20_000, "competitionTextTooLong"),
  selectionCriteria: z.array(criterion).max(30),
  selectionDueOn: optionalDay("dateInvalid"),
  draftBudgetBasis: z.boolean(),
  contactName: text(3, 200, "competitionContactRequired", "contactPersonTooLong"),
  contactEmail: email,
  contactPhone: optionalText(40, "phoneInvalid"),
  sphereIds: z.array(z.string().regex(/^[a-z0-9-]{3,40}$/)).max(40),
  territoryCodes: z.array(z.string().regex(/^\d{2}(\d{2}(\d{3})?)?$/)).max(400),
});

function datesInOrder<T extends z.ZodType<z.output<typeof basicsObject>>>(schema: T) {
  return schema.superRefine((value, context) => {
    if (value.offersDeadline <= value.offersOpenAt)
      context.addIssue({ code: "custom", path: ["offersDeadline"], message: "competitionDeadlineBeforeOpening" });
    const { implementationStartsOn: start, implementationEndsOn: end } = value;
    if (start && end && end < start)
      context.addIssue({ code: "custom", path: ["implementationEndsOn"], message: "competitionWindowOrder" });
  });
}

/** The announcement's text, dates, contact and topics (art. 13 ust. 2 pkt 1, 3, 4, 5, 6). */
export const competitionBasicsSchema = datesInOrder(basicsObject);
export type CompetitionBasicsInput = z.input<typeof basicsObject>;
export type CompetitionBasics = z.output<typeof basicsObject>;
export const createCompetitionSchema = datesInOrder(basicsObject.extend({ institutionId: recordId }));
export const updateCompetitionSchema = datesInOrder(basicsObject.extend({ competitionId: recordId }));

export const competitionIdSchema = z.object({ competitionId: recordId });

const parametersObject = z.object({
  minGrant: optionalAmount("competitionAmountInvalid"),
  maxGrant: optionalAmount("competitionAmountInvalid"),
  minOwnContributionBp: optionalPercent("competitionPercentInvalid"),
  minOwnFinancialBp: optionalPercent("competitionPercentInvalid"),
  nonFinancialCounts: z.boolean(),
  maxAdminCostBp: optionalPercent("competitionPercentInvalid"),
  adminCapBase: z.enum(AdminCapBase),
  resultsTableWaived: z.boolean(),
  jointOffersAllowed: z.boolean(),
  recipientPaymentsAllowed: z.boolean(),
  confirmationRequired: z.boolean(),
  confirmationDueAt: optionalPolishInstant("competitionConfirmationDueInvalid"),
  confirmationChannels: z.array(z.enum(ConfirmationChannel)).max(4),
});

function parametersInOrder<T extends z.ZodType<z.output<typeof parametersObject>>>(schema: T) {
  return schema.superRefine((value, context) => {
    if (value.minGrant !== null && value.maxGrant !== null && value.maxGrant < value.minGrant)
      context.addIssue({ code: "custom", path: ["maxGrant"], message: "competitionMaxBelowMin" });
    if (value.confirmationRequired && value.confirmationChannels.length === 0)
      context.addIssue({ code: "custom", path: ["confirmationChannels"], message: "competitionChannelsRequired" });
  });
}

/** The parameters offers are checked against, and how their submission is confirmed. */
export const competitionParametersSchema = parametersInOrder(parametersObject);
export type CompetitionParametersInput = z.input<typeof parametersObject>;
export type CompetitionParameters = z.output<typeof parametersObject>;
export const updateParametersSchema = parametersInOrder(parametersObject.extend({ competitionId: recordId }));

const taskObject = z.object({
  number: z
    .string()
    .trim()
    .regex(/^[0-9]{1,3}[a-z]?$/, "competitionTaskNumberInvalid"),
  kindName: text(3, 500, "competitionTaskKindRequired", "competitionTaskKindTooLong"),
  description: z.string().trim().max(20_000, "competitionTextTooLong"),
  sphereId: z.string().regex(/^[a-z0-9-]{3,40}$/, "competitionTaskSphereRequired"),
  kindKey: optionalText(60, "competitionTaskKindKeyTooLong"),
  form: z.enum(TaskForm, { error: "competitionTaskFormRequired" }),
  pool: amount("competitionAmountInvalid"),
  minGrant: optionalAmount("competitionAmountInvalid"),
  maxGrant: optionalAmount("competitionAmountInvalid"),
  minOwnContributionBp: optionalPercent("competitionPercentInvalid"),
  maxAdminCostBp: optionalPercent("competitionPercentInvalid"),
});

function grantsInOrder<T extends z.ZodType<z.output<typeof taskObject>>>(schema: T) {
  return schema.superRefine((value, context) => {
    if (value.minGrant !== null && value.maxGrant !== null && value.maxGrant < value.minGrant)
      context.addIssue({ code: "custom", path: ["maxGrant"], message: "competitionMaxBelowMin" });
    if (value.maxGrant !== null && value.maxGrant > value.pool)
      context.addIssue({ code: "custom", path: ["maxGrant"], message: "competitionMaxAbovePool" });
  });
}

/** A kind of task with its own pool (art. 13 ust. 2 pkt 1–2). */
export const taskSchema = grantsInOrder(taskObject);
export type TaskInput = z.input<typeof taskObject>;
export type TaskFields = z.output<typeof taskObject>;
/** A new task (no taskId) or an edit of one of the competition's tasks. */
export const saveTaskSchema = grantsInOrder(
  taskObject.extend({ competitionId: recordId, taskId: recordId.optional() }),
);
export const removeTaskSchema = z.object({ competitionId: recordId, taskId: recordId });

/** A row of "tasks of the same kind this and last year" (art. 13 ust. 2 pkt 7) as the office states it. */
export const historyRowObject = z.object({
  year: z
    .string()
    .trim()
    .regex(/^\d{4}$/, "competitionYearsInvalid")
    .transform(Number),
  label: text(2, 300, "competitionHistoryLabelRequired", "competitionHistoryLabelTooLong"),
  costs: amount("competitionAmountInvalid"),
  grants: amount("competitionAmountInvalid"),
});
export type HistoryRowInput = z.input<typeof historyRowObject>;
export const saveHistoryRowSchema = historyRowObject.extend({
  competitionId: recordId,
  taskId: recordId,
  rowId: recordId.optional(),
});
export const removeHistoryRowSchema = z.object({ competitionId: recordId, rowId: recordId });

export const requirementObject = z.object({
  label: text(3, 300, "competitionRequirementLabelRequired", "competitionRequirementLabelTooLong"),
  description: optionalText(2000, "competitionTextTooLong"),
  condition: z.enum(AttachmentCondition),
  perApplicant: z.boolean(),
  required: z.boolean(),
});
export type RequirementInput = z.input<typeof requirementObject>;
export const addRequirementSchema = requirementObject.extend({ competitionId: recordId });
export const removeRequirementSchema = z.object({ competitionId: recordId, requirementId: recordId });

export const publicationObject = z.object({
  channel: z.enum(PublicationChannel),
  publishedOn: day("dateInvalid"),
  url: httpUrl("websiteInvalid"),
});
export type PublicationInput = z.input<typeof publicationObject>;
/** The day the announcement appeared in one channel; saving a channel again replaces its day. */
export const savePublicationSchema = publicationObject.extend({ competitionId: recordId }).superRefine((v, c) => {
  if (v.channel === "BIP" && v.url === null)
    c.addIssue({ code: "custom", path: ["url"], message: "competitionBipUrlRequired" });
});
export const removePublicationSchema = z.object({ competitionId: recordId, channel: z.enum(PublicationChannel) });

export const extensionObject = z.object({
  newDeadline: polishInstant("competitionDeadlineInvalid"),
  reason: text(10, 2000, "competitionReasonTooShort", "competitionReasonTooLong"),
  actReference: optionalText(200, "competitionReferenceTooLong"),
  documentId: z.union([z.literal("").transform(() => null), recordId]),
});
export type ExtensionInput = z.input<typeof extensionObject>;
export const extendDeadlineSchema = extensionObject.extend({ competitionId: recordId });

const commissionCallObject = z.object({
  description: text(20, 10_000, "competitionCallDescriptionTooShort", "competitionTextTooLong"),
  requirements: optionalText(5000, "competitionTextTooLong"),
  opensAt: polishInstant("competitionOpensInvalid"),
  closesAt: polishInstant("competitionDeadlineInvalid"),
});
function callInOrder<T extends z.ZodType<z.output<typeof commissionCallObject>>>(schema: T) {
  return schema.superRefine((value, context) => {
    if (value.closesAt <= value.opensAt)
      context.addIssue({ code: "custom", path: ["closesAt"], message: "competitionDeadlineBeforeOpening" });
  });
}

export const commissionCallSchema = callInOrder(commissionCallObject);
export type CommissionCallInput = z.input<typeof commissionCallObject>;
export type CommissionCallFields = z.output<typeof commissionCallObject>;
export const saveCommissionCallSchema = callInOrder(commissionCallObject.extend({ competitionId: recordId }));

export const documentTitleSchema = text(2, 200, "documentTitleTooShort", "documentTitleTooLong");
export const removeDocumentSchema = z.object({ competitionId: recordId, documentId: recordId });
