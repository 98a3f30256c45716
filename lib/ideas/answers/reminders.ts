// Reminders of the answer clock, run by the `ideas-reminders` job: the
// addressee's officials (administrators for the operator's and council's
// entries) hear once that an answer is coming due (a week before) and once
// that it is overdue, in their daily digest by default. Each reminder is
// marked on the entry in the same transaction as its notice, so a retried or
// doubled job never repeats one. Entries merged, not public, or answered
// already are left alone.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ideaSubject } from "@/lib/ideas/answers/notices";
import { dispatchNotifications, notify, type Audience } from "@/lib/notifications/notify";

/** How long before the deadline the officials are reminded. */
export const DUE_REMINDER_DAYS = 7;
const DAY_MS = 24 * 3600 * 1000;

const waiting = { visibility: "PUBLISHED", status: { not: "MERGED" }, firstAnsweredAt: null } as const;

type Due = { id: string; slug: string; title: string; institutionId: string | null; answerDueAt: Date | null };

function answerers(idea: Due): Audience {
  return idea.institutionId
    ? { institutions: [{ id: idea.institutionId, roles: ["ADMINISTRATOR", "OFFICIAL"] }] }
    : { platformRoles: ["ADMINISTRATOR"] };
}

const select = { id: true, slug: true, title: true, institutionId: true, answerDueAt: true } as const;

/** Marks the reminder and stores its notice, unless another run marked it first. */
async function remindOnce(
  idea: Due,
  field: "dueReminderAt" | "overdueReminderAt",
  type: "idea.answer_due" | "idea.answer_overdue",
  data: Record<string, string>,
  now: Date,
): Promise<boolean> {
  return db().$transaction(async (tx: Prisma.TransactionClient) => {
    const marked = await tx.idea.updateMany({
      where: { id: idea.id, [field]: null, ...waiting },
      data: { [field]: now },
    });
    if (marked.count === 0) return false;
    await notify(
      {
        type,
        subject: ideaSubject(idea),
        actor: { userId: null, institutionId: idea.institutionId },
        audience: answerers(idea),
        data,
      },
      tx,
    );
    return true;
  });
}

/** Sends the reminders due at `now`; returns how many of each were sent. */
export async function remindAnswerDeadlines(now = new Date()): Promise<{ due: number; overdue: number }> {
  const comingDue = await db().idea.findMany({
    where: {
      ...waiting,
      dueReminderAt: null,
      answerDueAt: { gte: now, lte: new Date(now.getTime() + DUE_REMINDER_DAYS * DAY_MS) },
    },
    select,
  });
  const overdue = await db().idea.findMany({
    where: { ...waiting, overdueReminderAt: null, answerDueAt: { lt: now } },
    select,
  });
  let sentDue = 0;
  for (const idea of comingDue) {
    const days = Math.max(1, Math.ceil((idea.answerDueAt!.getTime() - now.getTime()) / DAY_MS));
    if (await remindOnce(idea, "dueReminderAt", "idea.answer_due", { days: String(days) }, now)) sentDue += 1;
  }
  let sentOverdue = 0;
  for (const idea of overdue) {
    if (await remindOnce(idea, "overdueReminderAt", "idea.answer_overdue", {}, now)) sentOverdue += 1;
  }
  if (sentDue + sentOverdue > 0) await dispatchNotifications();
  return { due: sentDue, overdue: sentOverdue };
}
