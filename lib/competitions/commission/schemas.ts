// The commission's inputs, checked the same way in the browser and on the
// server. Messages are keys under `commission.errors`.
import { z } from "zod";
import { JUSTIFICATION_MAX } from "@/lib/competitions/evaluation/calc/cards";
import { polishLocalToDate } from "@/lib/time/polish-local";
import { recordId } from "@/lib/validation/record-id";

const text = (min: number, max: number, short: string, long: string) =>
  z
    .string()
    .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, " ").trim())
    .pipe(z.string().min(min, short).max(max, long));

export const commissionRoles = ["CHAIR", "SECRETARY", "MEMBER", "EXPERT"] as const;
const role = z.enum(commissionRoles, { error: "roleRequired" });

/** Who is appointed: one of the office's officials, a nominee of the call, or an expert named by the office. */
export const addMemberSchema = z.discriminatedUnion("origin", [
  z.object({ competitionId: recordId, origin: z.literal("OFFICE"), userId: recordId, role }),
  z.object({ competitionId: recordId, origin: z.literal("NGO_NOMINEE"), nominationId: recordId, role }),
  z.object({
    competitionId: recordId,
    origin: z.literal("EXTERNAL"),
    name: text(3, 200, "nameTooShort", "nameTooLong"),
    email: z.string().trim().toLowerCase().max(254, "emailInvalid").pipe(z.email("emailInvalid")),
    role,
  }),
]);

export const memberSchema = z.object({ memberId: recordId });
export const changeRoleSchema = memberSchema.extend({ role });
export const removeMemberSchema = memberSchema.extend({ reason: text(3, 1000, "reasonRequired", "reasonTooLong") });

const optionalInt = (min: number, max: number) =>
  z.union([
    z.literal("").transform(() => null),
    z.coerce.number().int("wholeNumber").min(min, "outOfRange").max(max, "outOfRange"),
  ]);

/** The office's own settings (design §1.1: not law; printed in the protocol). Percentages are typed whole. */
export const settingsFormSchema = z.object({
  actReference: text(0, 200, "actReferenceTooShort", "actReferenceTooLong"),
  divergencePercent: z.coerce.number().int("wholeNumber").min(1, "outOfRange").max(100, "outOfRange"),
  minVotingCards: z.coerce.number().int("wholeNumber").min(1, "outOfRange").max(50, "outOfRange"),
  passPercent: optionalInt(1, 100),
  quorum: optionalInt(1, 50),
});
export type SettingsFormInput = z.input<typeof settingsFormSchema>;
export const settingsSchema = settingsFormSchema.extend({ competitionId: recordId });

export const competitionSchema = z.object({ competitionId: recordId });

/** The link's token: 32 random bytes in base64url. */
export const invitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "linkInvalid");
export const acceptInvitationSchema = z.object({ token: invitationToken });

export const declareSchema = z.object({
  competitionId: recordId,
  offerId: recordId,
  conflict: z.boolean(),
  /** The member read the statement (its version is recorded). */
  statementRead: z.literal(true, { error: "statementRequired" }),
});

const scoreInput = z.object({
  criterionIndex: z.number().int().min(0).max(99),
  scoreTenths: z.number().int().min(0).max(99_990).nullable(),
  justification: z.string().max(JUSTIFICATION_MAX, "justificationTooLong"),
});

/** A draft as typed: any subset of scores, the revision it was loaded at (a stale one is refused). */
export const saveCardSchema = z.object({
  competitionId: recordId,
  offerId: recordId,
  revision: z.number().int().min(0),
  scores: z.array(scoreInput).max(100),
  comment: z.string().max(JUSTIFICATION_MAX, "commentTooLong"),
});
export type SaveCardInput = z.output<typeof saveCardSchema>;
export const submitCardSchema = saveCardSchema;

/** A meeting's start as typed in a datetime-local field, in Polish time. */
const polishStart = z
  .string()
  .trim()
  .refine((value) => polishLocalToDate(value) !== null, "startsAtInvalid")
  .transform((value) => polishLocalToDate(value)!);

export const meetingFormSchema = z.object({
  startsAt: polishStart,
  place: text(0, 300, "placeTooShort", "placeTooLong"),
  onlineUrl: z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .max(500, "urlInvalid")
      .pipe(z.url({ protocol: /^https$/, error: "urlInvalid" })),
  ]),
  agenda: z.string().max(10_000, "agendaTooLong"),
});
export const scheduleMeetingSchema = meetingFormSchema.extend({ competitionId: recordId });

export const meetingRef = z.object({ competitionId: recordId, meetingId: recordId });
export const attendanceSchema = meetingRef.extend({
  attendance: z
    .array(z.object({ memberId: recordId, present: z.boolean(), note: z.string().max(500, "noteTooLong") }))
    .max(100),
});
export const minutesSchema = meetingRef.extend({ minutes: z.string().max(100_000, "minutesTooLong") });
