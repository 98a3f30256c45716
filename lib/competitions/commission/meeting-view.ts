// One meeting's page: members of its commission read it; the chair and the
// secretary edit attendance and minutes until the chair approves them.
import "server-only";
import { can, needsTwoFactorFor, type Actor } from "@/lib/auth/permissions";
import { meetingView } from "@/lib/competitions/commission/meetings";
import { commissionScope } from "@/lib/competitions/commission/scope";
import { db } from "@/lib/db/client";

export type CommissionMeetingView = Extract<
  NonNullable<Awaited<ReturnType<typeof commissionMeetingView>>>,
  { twoFactor: false }
>;

export async function commissionMeetingView(slug: string, meetingId: string, actor: Actor) {
  const competition = await db().competition.findUnique({ where: { slug }, select: { id: true } });
  if (!competition) return null;
  const seat = await commissionScope(competition.id, actor);
  if (!seat) return null;
  if (!can(actor, "commission.view", seat))
    return needsTwoFactorFor(actor, "commission.view", seat) ? { twoFactor: true as const } : null;
  const meeting = await meetingView(competition.id, meetingId);
  if (!meeting) return null;
  const open = meeting.commission.status !== "CLOSED" && meeting.minutesApprovedAt === null;
  const attendance = new Map(meeting.attendance.map((a) => [a.memberId, a]));
  return {
    twoFactor: false as const,
    competition: meeting.commission.competition,
    meeting: {
      id: meeting.id,
      startsAt: meeting.startsAt,
      place: meeting.place,
      onlineUrl: meeting.onlineUrl,
      agenda: meeting.agenda,
      minutes: meeting.minutes,
      minutesApprovedAt: meeting.minutesApprovedAt,
    },
    members: meeting.commission.members.map((m) => ({
      id: m.id,
      name: m.name,
      role: m.role,
      present: attendance.get(m.id)?.present ?? false,
      recorded: attendance.has(m.id),
      note: attendance.get(m.id)?.note ?? "",
    })),
    mayEdit: open && can(actor, "commission.minutes", seat),
    mayApprove: open && can(actor, "commission.chair", seat),
  };
}
