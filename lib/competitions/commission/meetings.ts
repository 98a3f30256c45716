// The commission's meetings (permission commission.minutes: chair and
// secretary): scheduled with place or link and agenda (the members are told),
// attendance recorded per member, minutes drafted, and approved by the chair
// (commission.chair), after which they no longer change. Refused once the
// commission closed.
import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type {
  attendanceSchema,
  meetingRef,
  minutesSchema,
  scheduleMeetingSchema,
} from "@/lib/competitions/commission/schemas";
import { competitionSubject } from "@/lib/competitions/notification-links";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type MeetingRefusal = "COMMISSION_CLOSED" | "MINUTES_APPROVED" | "NOT_A_MEMBER";

type Tx = Prisma.TransactionClient;

/** The commission of the competition, refused when closed; its row locked for the transaction. */
async function openCommission(tx: Tx, competitionId: string) {
  const [commission] = await tx.$queryRaw<{ id: string; status: string }[]>`
    SELECT id, status::text AS status FROM "Commission" WHERE "competitionId" = ${competitionId} FOR UPDATE`;
  if (!commission) throw new AppError("NOT_FOUND", `commission of ${competitionId}`);
  if (commission.status === "CLOSED") throw new RuleRefusal<MeetingRefusal>("COMMISSION_CLOSED");
  return commission;
}

/** The meeting, of this competition's commission, with its minutes locked. */
async function lockedMeeting(tx: Tx, input: z.output<typeof meetingRef>) {
  const commission = await openCommission(tx, input.competitionId);
  const [meeting] = await tx.$queryRaw<{ id: string; approved: boolean }[]>`
    SELECT id, "minutesApprovedAt" IS NOT NULL AS approved FROM "CommissionMeeting"
    WHERE id = ${input.meetingId} AND "commissionId" = ${commission.id} FOR UPDATE`;
  if (!meeting) throw new AppError("NOT_FOUND", `meeting ${input.meetingId}`);
  return { commission, meeting };
}

export async function scheduleMeeting(actor: Actor, input: z.output<typeof scheduleMeetingSchema>) {
  const id = await db().$transaction(async (tx) => {
    const commission = await openCommission(tx, input.competitionId);
    const meeting = await tx.commissionMeeting.create({
      data: {
        commissionId: commission.id,
        startsAt: input.startsAt,
        place: input.place || null,
        onlineUrl: input.onlineUrl || null,
        agenda: input.agenda,
      },
      select: { id: true, commission: { select: { competition: { select: { id: true, slug: true, title: true } } } } },
    });
    const members = await tx.commissionMember.findMany({
      where: { commissionId: commission.id, removedAt: null, userId: { not: null }, acceptedAt: { not: null } },
      select: { userId: true },
    });
    await notify(
      {
        type: "commission.meeting_scheduled",
        subject: competitionSubject(meeting.commission.competition),
        actor: { userId: actor.id },
        audience: { users: members.map((m) => m.userId!).filter((userId) => userId !== actor.id) },
        data: { deadline: input.startsAt.toISOString() },
      },
      tx,
    );
    return meeting.id;
  });
  await dispatchNotifications();
  return { id };
}

/** Present or absent per member (members who are not on this commission are refused). */
export async function recordAttendance(input: z.output<typeof attendanceSchema>): Promise<void> {
  await db().$transaction(async (tx) => {
    const { commission, meeting } = await lockedMeeting(tx, input);
    if (meeting.approved) throw new RuleRefusal<MeetingRefusal>("MINUTES_APPROVED");
    const known = await tx.commissionMember.count({
      where: { commissionId: commission.id, id: { in: input.attendance.map((a) => a.memberId) } },
    });
    if (known !== new Set(input.attendance.map((a) => a.memberId)).size)
      throw new RuleRefusal<MeetingRefusal>("NOT_A_MEMBER");
    for (const entry of input.attendance) {
      const data = { present: entry.present, note: entry.note.trim() || null };
      await tx.commissionAttendance.upsert({
        where: { meetingId_memberId: { meetingId: meeting.id, memberId: entry.memberId } },
        create: { meetingId: meeting.id, memberId: entry.memberId, ...data },
        update: data,
      });
    }
  });
}

export async function saveMinutes(input: z.output<typeof minutesSchema>): Promise<void> {
  await db().$transaction(async (tx) => {
    const { meeting } = await lockedMeeting(tx, input);
    if (meeting.approved) throw new RuleRefusal<MeetingRefusal>("MINUTES_APPROVED");
    await tx.commissionMeeting.update({ where: { id: meeting.id }, data: { minutes: input.minutes } });
  });
}

export async function approveMinutes(actor: Actor, input: z.output<typeof meetingRef>): Promise<void> {
  await db().$transaction(async (tx) => {
    const { meeting } = await lockedMeeting(tx, input);
    if (meeting.approved) throw new RuleRefusal<MeetingRefusal>("MINUTES_APPROVED");
    await tx.commissionMeeting.update({
      where: { id: meeting.id },
      data: { minutesApprovedAt: await databaseNow(tx), minutesApprovedById: actor.id },
    });
  });
}

export type MeetingView = NonNullable<Awaited<ReturnType<typeof meetingView>>>;

/** One meeting for a member of its commission: when and where, the agenda, attendance, the minutes. */
export async function meetingView(competitionId: string, meetingId: string) {
  return db().commissionMeeting.findFirst({
    where: { id: meetingId, commission: { competitionId } },
    select: {
      id: true,
      startsAt: true,
      place: true,
      onlineUrl: true,
      agenda: true,
      minutes: true,
      minutesApprovedAt: true,
      commission: {
        select: {
          status: true,
          competition: { select: { id: true, slug: true, title: true } },
          members: {
            where: { removedAt: null },
            orderBy: [{ invitedAt: "asc" }, { id: "asc" }],
            select: { id: true, name: true, role: true },
          },
        },
      },
      attendance: { select: { memberId: true, present: true, note: true } },
    },
  });
}

/** The commission's meetings, newest first, for its page. */
export function meetingsOf(commissionId: string) {
  return db().commissionMeeting.findMany({
    where: { commissionId },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    select: { id: true, startsAt: true, place: true, minutesApprovedAt: true },
  });
}
