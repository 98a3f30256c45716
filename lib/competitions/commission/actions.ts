"use server";

// The commission's actions. The office's (competitions.appointCommission) are
// scoped to the competition's institution, looked up from the competition or
// the member named; a member's (commission.*) to their own seat, looked up
// from the database for the signed-in person (commissionScope), never from
// anything the client says. Accepting an invitation needs only an account:
// the link's token is the proof.
import { activateCommission, saveSettings, type AppointRefusal } from "@/lib/competitions/commission/appoint";
import { saveCardDraft, submitCard, type CardRefusal, type SavedCard } from "@/lib/competitions/commission/cards";
import { declare, type DeclareRefusal } from "@/lib/competitions/commission/declarations";
import { acceptInvitation, type InvitationRefusal } from "@/lib/competitions/commission/invitations";
import {
  addMember,
  changeRole,
  removeMember,
  resendInvitation,
  type MemberRefusal,
} from "@/lib/competitions/commission/members";
import {
  approveMinutes,
  recordAttendance,
  saveMinutes,
  scheduleMeeting,
  type MeetingRefusal,
} from "@/lib/competitions/commission/meetings";
import { competitionInstitutionScope, memberInstitutionScope } from "@/lib/competitions/commission/queries";
import {
  acceptInvitationSchema,
  addMemberSchema,
  attendanceSchema,
  changeRoleSchema,
  competitionSchema,
  declareSchema,
  meetingRef,
  memberSchema,
  minutesSchema,
  removeMemberSchema,
  saveCardSchema,
  scheduleMeetingSchema,
  settingsSchema,
  submitCardSchema,
} from "@/lib/competitions/commission/schemas";
import { commissionScope } from "@/lib/competitions/commission/scope";
import { getCurrentUser } from "@/lib/auth/session";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction, signedInClient } from "@/lib/safe-action";

/** The signed-in person's seat on the competition's commission (getCurrentUser is the request's cached actor). */
const seatScope = async (input: { competitionId: string }) =>
  commissionScope(input.competitionId, await getCurrentUser());

const appoint = { permission: "competitions.appointCommission" } as const;

export const addCommissionMemberAction = scopedAction(
  { name: "addCommissionMember", ...appoint },
  addMemberSchema,
  competitionInstitutionScope,
  async ({ parsedInput, ctx }): MayRefuse<{ id: string }, MemberRefusal | AppointRefusal> =>
    addMember(ctx.actor.id, parsedInput),
);

export const changeCommissionRoleAction = scopedAction(
  { name: "changeCommissionRole", ...appoint },
  changeRoleSchema,
  memberInstitutionScope,
  async ({ parsedInput }): MayRefuse<{ changed: true }, MemberRefusal | AppointRefusal> => {
    await changeRole(parsedInput);
    return { changed: true };
  },
);

export const removeCommissionMemberAction = scopedAction(
  { name: "removeCommissionMember", ...appoint },
  removeMemberSchema,
  memberInstitutionScope,
  async ({ parsedInput }): MayRefuse<{ removed: true }, AppointRefusal> => {
    await removeMember(parsedInput);
    return { removed: true };
  },
);

export const resendCommissionInvitationAction = scopedAction(
  { name: "resendCommissionInvitation", ...appoint, writes: "personal" },
  memberSchema,
  memberInstitutionScope,
  async ({ parsedInput }): MayRefuse<{ sent: true }, MemberRefusal | AppointRefusal> => {
    await resendInvitation(parsedInput.memberId);
    return { sent: true };
  },
);

export const saveCommissionSettingsAction = scopedAction(
  { name: "saveCommissionSettings", ...appoint },
  settingsSchema,
  competitionInstitutionScope,
  async ({ parsedInput }): MayRefuse<{ saved: true }, AppointRefusal> => {
    await saveSettings(parsedInput);
    return { saved: true };
  },
);

export const activateCommissionAction = scopedAction(
  { name: "activateCommission", ...appoint },
  competitionSchema,
  competitionInstitutionScope,
  async ({ parsedInput }): MayRefuse<{ active: true }, AppointRefusal> => {
    await activateCommission(parsedInput.competitionId);
    return { active: true };
  },
);

/** The page goes on by itself (to the commission, or to switching two-factor on): no refresh. */
export const acceptCommissionInvitationAction = signedInClient
  .metadata({ name: "acceptCommissionInvitation", permission: "invitations.accept", refresh: "never" })
  .inputSchema(acceptInvitationSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ slug: string; twoFactorRequired: boolean }, InvitationRefusal> => ({
    ...(await acceptInvitation(ctx.actor, parsedInput.token)),
    twoFactorRequired: !ctx.actor.twoFactorEnabled,
  }));

export const declareAction = scopedAction(
  { name: "declareCommissionConflict", permission: "commission.declare", writes: "personal" },
  declareSchema,
  seatScope,
  async ({ parsedInput, ctx }): MayRefuse<{ conflict: boolean }, DeclareRefusal> => declare(ctx.actor, parsedInput),
);

/** Saved as typed: the form keeps its state, so the page is not rendered again. */
export const saveCardAction = scopedAction(
  { name: "saveEvaluationCard", permission: "commission.score", writes: "personal", refresh: "never" },
  saveCardSchema,
  seatScope,
  async ({ parsedInput, ctx }): MayRefuse<SavedCard, CardRefusal> => saveCardDraft(ctx.actor, parsedInput),
);

export const submitCardAction = scopedAction(
  { name: "submitEvaluationCard", permission: "commission.score", writes: "personal" },
  submitCardSchema,
  seatScope,
  async ({ parsedInput, ctx }): MayRefuse<SavedCard, CardRefusal> => submitCard(ctx.actor, parsedInput),
);

export const scheduleMeetingAction = scopedAction(
  { name: "scheduleCommissionMeeting", permission: "commission.minutes", writes: "personal" },
  scheduleMeetingSchema,
  seatScope,
  async ({ parsedInput, ctx }): MayRefuse<{ id: string }, MeetingRefusal> => scheduleMeeting(ctx.actor, parsedInput),
);

export const recordAttendanceAction = scopedAction(
  { name: "recordCommissionAttendance", permission: "commission.minutes", writes: "personal" },
  attendanceSchema,
  seatScope,
  async ({ parsedInput }): MayRefuse<{ saved: true }, MeetingRefusal> => {
    await recordAttendance(parsedInput);
    return { saved: true };
  },
);

export const saveMinutesAction = scopedAction(
  { name: "saveCommissionMinutes", permission: "commission.minutes", writes: "personal" },
  minutesSchema,
  seatScope,
  async ({ parsedInput }): MayRefuse<{ saved: true }, MeetingRefusal> => {
    await saveMinutes(parsedInput);
    return { saved: true };
  },
);

export const approveMinutesAction = scopedAction(
  { name: "approveCommissionMinutes", permission: "commission.chair", writes: "personal" },
  meetingRef,
  seatScope,
  async ({ parsedInput, ctx }): MayRefuse<{ approved: true }, MeetingRefusal> => {
    await approveMinutes(ctx.actor, parsedInput);
    return { approved: true };
  },
);
