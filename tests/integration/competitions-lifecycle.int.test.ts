// The competitions' minutely job: public pages dropped when an opening or a
// deadline has just passed, followers told once when offers open (not for one
// open from its announcement), and the owners and editors of organisations
// with a draft reminded once 7 days and once 1 day before the deadline.
import { publicDataGeneration } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { advanceCompetitions } from "@/lib/competitions/lifecycle-job";
import { createCompetition } from "@/tests/factories/competitions";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function events(type: string, subjectId: string) {
  return db().notificationEvent.findMany({ where: { type, subjectId }, orderBy: { createdAt: "asc" } });
}

let officeId: string;
let organisationId: string;

async function draftIn(competition: Awaited<ReturnType<typeof createCompetition>>) {
  await db().offer.create({
    data: {
      template: "FULL_2018",
      institutionId: officeId,
      competitionId: competition.id,
      taskId: competition.tasks[0]!.id,
      leadOrganisationId: organisationId,
    },
  });
}

beforeAll(async () => {
  await createInstanceSettings();
  officeId = (await createInstitution({ name: "Urząd Zegarowy" })).id;
  organisationId = (await createOrganisation({ name: "Fundacja Pisząca", verifiedAt: new Date() })).id;
});

describe("the competitions lifecycle job", () => {
  it("tells followers once when offers open, but not when they were open from the announcement", async () => {
    const now = new Date();
    const opening = await createCompetition({
      institutionId: officeId,
      opensInDays: -1 / (24 * 60),
      deadlineInDays: 30,
      overrides: { publishedAt: new Date(now.getTime() - 3 * DAY) },
    });
    const openFromStart = await createCompetition({ institutionId: officeId, opensInDays: -1, deadlineInDays: 30 });
    await db().competition.update({
      where: { id: openFromStart.id },
      data: { publishedAt: new Date(now.getTime() - DAY / 2) },
    });
    const generation = publicDataGeneration();
    expect(await advanceCompetitions(now)).toBe(true);
    expect(publicDataGeneration()).toBeGreaterThan(generation);
    await advanceCompetitions(new Date(now.getTime() + MINUTE));
    expect(await events("competition.opened", opening.id)).toHaveLength(1);
    expect((await events("competition.opened", opening.id))[0]!.audience).toEqual({
      followersOf: { type: "Competition", id: opening.id },
    });
    expect(await events("competition.opened", openFromStart.id)).toHaveLength(0);
  });

  it("drops public pages right after a deadline, and not when nothing passed", async () => {
    const now = new Date();
    await createCompetition({ institutionId: officeId, opensInDays: -20, deadlineInDays: -1 / (24 * 60) });
    expect(await advanceCompetitions(now)).toBe(true);
    expect(await advanceCompetitions(new Date(now.getTime() + 10 * MINUTE))).toBe(false);
  });

  it("reminds drafting organisations 7 days and 1 day before the deadline, each once", async () => {
    const now = new Date();
    const competition = await createCompetition({ institutionId: officeId, deadlineInDays: 6.5 });
    const noDrafts = await createCompetition({ institutionId: officeId, deadlineInDays: 6.5 });
    await draftIn(competition);
    await advanceCompetitions(now);
    await advanceCompetitions(new Date(now.getTime() + MINUTE));
    const week = await events("competition.deadline_soon", competition.id);
    expect(week.map((e) => e.data)).toEqual([{ days: "7" }]);
    expect(week[0]!.audience).toEqual({ organisations: [{ id: organisationId, roles: ["OWNER", "EDITOR"] }] });
    expect(await events("competition.deadline_soon", noDrafts.id)).toHaveLength(0);
    // Five and a half days later, less than a day is left.
    const later = new Date(now.getTime() + 5.7 * DAY);
    await advanceCompetitions(later);
    await advanceCompetitions(new Date(later.getTime() + MINUTE));
    expect((await events("competition.deadline_soon", competition.id)).map((e) => e.data)).toEqual([
      { days: "7" },
      { days: "1" },
    ]);
  });

  it("reminds a joint draft's lead and accepted co-applicants, not one only invited", async () => {
    const competition = await createCompetition({ institutionId: officeId, deadlineInDays: 6.5 });
    const accepted = await createOrganisation({ name: "Fundacja Współpisząca", verifiedAt: new Date() });
    const invited = await createOrganisation({ name: "Fundacja Zaproszona", verifiedAt: new Date() });
    await db().offer.create({
      data: {
        template: "FULL_2018",
        kind: "JOINT",
        institutionId: officeId,
        competitionId: competition.id,
        taskId: competition.tasks[0]!.id,
        leadOrganisationId: organisationId,
        coApplicants: {
          create: [
            { organisationId: accepted.id, position: 0, acceptedAt: new Date() },
            { organisationId: invited.id, position: 1 },
          ],
        },
      },
    });
    await advanceCompetitions(new Date());
    const [reminder] = await events("competition.deadline_soon", competition.id);
    expect(reminder!.audience).toEqual({
      organisations: [
        { id: organisationId, roles: ["OWNER", "EDITOR"] },
        { id: accepted.id, roles: ["OWNER", "EDITOR"] },
      ],
    });
  });

  it("sends only the 1-day reminder to a competition first seen with less than a day left", async () => {
    const competition = await createCompetition({ institutionId: officeId, deadlineInDays: 0.5 });
    await draftIn(competition);
    await advanceCompetitions(new Date());
    expect((await events("competition.deadline_soon", competition.id)).map((e) => e.data)).toEqual([{ days: "1" }]);
    expect(await db().competition.findUniqueOrThrow({ where: { id: competition.id } })).toMatchObject({
      weekReminderAt: expect.any(Date),
      dayReminderAt: expect.any(Date),
    });
  });
});
