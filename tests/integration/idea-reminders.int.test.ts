import { db } from "@/lib/db/client";
import { remindAnswerDeadlines } from "@/lib/ideas/answers/reminders";
import { runJob } from "@/lib/jobs/handlers";
import { fanOutPendingNotifications } from "@/lib/notifications/fanout";
import { createIdeaRecord } from "@/tests/factories/idea-records";
import { createInstitution } from "@/tests/factories/institutions";
import { createAdministrator, createOfficial } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";

const DAY = 24 * 3600 * 1000;

beforeAll(async () => {
  await createInstanceSettings();
});

async function noticesOf(ideaId: string) {
  await fanOutPendingNotifications();
  return db().notification.findMany({
    where: { event: { subjectId: ideaId } },
    select: { userId: true, emailChannel: true, event: { select: { type: true, data: true } } },
  });
}

describe("reminders of the answer clock", () => {
  it("tell the office's officials once that an answer is coming due and once that it is overdue, in their digest", async () => {
    const office = await createInstitution({ name: "Urząd Przypomnień", territoryCode: "1601052" });
    const other = await createInstitution({ name: "Urząd Obok", territoryCode: "1607053" });
    const official = await createOfficial(office.id);
    const head = await createOfficial(office.id, "ADMINISTRATOR");
    const quiet = await createOfficial(office.id);
    await db().notificationPreference.create({ data: { userId: quiet.id, type: "idea.answer_due", channel: "OFF" } });
    const stranger = await createOfficial(other.id);
    const now = new Date();
    const soon = await createIdeaRecord({ institutionId: office.id, answerDueAt: new Date(now.getTime() + 5 * DAY) });
    const later = await createIdeaRecord({ institutionId: office.id, answerDueAt: new Date(now.getTime() + 20 * DAY) });

    await runJob("ideas-reminders", {});
    await runJob("ideas-reminders", {});
    const notices = await noticesOf(soon.id);
    expect(notices.map((n) => n.userId).sort()).toEqual([official.id, head.id, quiet.id].sort());
    expect(notices.every((n) => n.event.type === "idea.answer_due" && n.event.data !== null)).toBe(true);
    expect(notices[0]!.event.data).toEqual({ days: "5" });
    expect(notices.find((n) => n.userId === official.id)!.emailChannel).toBe("DAILY");
    expect(notices.find((n) => n.userId === quiet.id)!.emailChannel).toBe("OFF");
    expect(notices.some((n) => n.userId === stranger.id)).toBe(false);
    expect(await noticesOf(later.id)).toEqual([]);

    // Six days on, the deadline has passed: the overdue notice, once.
    const afterDeadline = new Date(now.getTime() + 6 * DAY);
    expect(await remindAnswerDeadlines(afterDeadline)).toMatchObject({ overdue: 1 });
    expect(await remindAnswerDeadlines(afterDeadline)).toMatchObject({ overdue: 0 });
    const overdue = (await noticesOf(soon.id)).filter((n) => n.event.type === "idea.answer_overdue");
    expect(overdue.map((n) => n.userId).sort()).toEqual([official.id, head.id, quiet.id].sort());
    expect(await db().idea.findUniqueOrThrow({ where: { id: soon.id } })).toMatchObject({
      dueReminderAt: expect.any(Date),
      overdueReminderAt: afterDeadline,
    });
  });

  it("leave answered, merged and hidden entries alone, and tell administrators of the operator's entries", async () => {
    const admin = await createAdministrator();
    const past = new Date(Date.now() - DAY);
    const answered = await createIdeaRecord({ answerDueAt: past, firstAnsweredAt: new Date(Date.now() - 2 * DAY) });
    const target = await createIdeaRecord({ answerDueAt: new Date(Date.now() + 60 * DAY) });
    const merged = await createIdeaRecord({ answerDueAt: past, status: "MERGED", mergedIntoId: target.id });
    const hidden = await createIdeaRecord({ answerDueAt: past, visibility: "HIDDEN" });
    const operator = await createIdeaRecord({ addressee: "OPERATOR", answerDueAt: past });
    await remindAnswerDeadlines();
    for (const idea of [answered, merged, hidden]) expect(await noticesOf(idea.id)).toEqual([]);
    const notices = await noticesOf(operator.id);
    expect(notices.map((n) => [n.userId, n.event.type])).toContainEqual([admin.id, "idea.answer_overdue"]);
  });
});
