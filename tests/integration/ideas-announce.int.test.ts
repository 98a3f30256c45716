// Notices of a newly published entry: followers of its spheres, territories
// (by TERYT prefix) and addressed office, and that office's officials; never
// followers of other topics or another office's officials; once per entry.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { announcePublishedIdea } from "@/lib/ideas/announce";
import { fanOutPendingNotifications } from "@/lib/notifications/fanout";
import { createInstitution } from "@/tests/factories/institutions";
import {
  createActor,
  createAdministrator,
  createModerator,
  createOfficial,
  createPerson,
} from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";
import { currentIdeaVersion } from "@/lib/ideas/queries";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { approveIdeaAction, createIdeaAction } from "@/lib/ideas/actions";

/** The entry an action wrote; a refusal fails the test with its code. */
function written(result: Awaited<ReturnType<typeof createIdeaAction>>) {
  const data = result.data;
  if (!data || "refused" in data) throw new Error(`not written: ${JSON.stringify(result)}`);
  return data;
}

async function publishedEntry(
  institutionId: string,
  sphereId: string,
  visibility: "PUBLISHED" | "PENDING" = "PUBLISHED",
) {
  const author = await createPerson();
  return db().idea.create({
    data: {
      slug: `ogloszenie-${randomUUID().slice(0, 8)}`,
      kind: "TASK_PROPOSAL",
      title: "Warsztaty dla seniorów w bibliotece",
      body: "Propozycja zadania publicznego.",
      authorId: author.id,
      addressee: "INSTITUTION",
      institutionId,
      visibility,
      publishedAt: visibility === "PUBLISHED" ? new Date() : null,
      spheres: { create: [{ sphereId }] },
      territories: { create: [{ territoryCode: "1609032" }] },
    },
  });
}

const told = async (ideaId: string) =>
  (
    await db().notification.findMany({
      where: { event: { type: "idea.published", subjectId: ideaId } },
      select: { userId: true, emailChannel: true },
    })
  ).sort((a, b) => a.userId.localeCompare(b.userId));

describe("announcePublishedIdea", () => {
  it("tells topic followers and the addressed office's officials, in their digest, once", async () => {
    const office = await createInstitution({ name: "Gmina Ogłoszeniowa", territoryCode: "1609032" });
    const otherOffice = await createInstitution({ name: "Gmina Obca", territoryCode: "1607053" });
    const [sphere, otherSphere] = await db().publicBenefitSphere.findMany({ take: 2, orderBy: { code: "asc" } });
    const official = await createOfficial(office.id);
    const otherOfficial = await createOfficial(otherOffice.id);
    const sphereFan = await createActor();
    const powiatFan = await createActor();
    const officeFan = await createActor();
    const bothFan = await createActor();
    const otherSphereFan = await createActor();
    const otherPlaceFan = await createActor();
    const otherOfficeFan = await createActor();
    await db().topicSubscription.createMany({
      data: [
        { userId: sphereFan.id, sphereId: sphere!.id },
        // Following the powiat covers its gminas.
        { userId: powiatFan.id, territoryCode: "1609" },
        { userId: officeFan.id, institutionId: office.id },
        { userId: bothFan.id, sphereId: sphere!.id, territoryCode: "16" },
        { userId: otherSphereFan.id, sphereId: otherSphere!.id },
        { userId: otherPlaceFan.id, territoryCode: "1607" },
        { userId: otherOfficeFan.id, institutionId: otherOffice.id },
      ],
    });
    const idea = await publishedEntry(office.id, sphere!.id);
    expect(await db().$transaction((tx) => announcePublishedIdea(tx, idea.id))).toBe(true);
    // Again (a restore after hiding, a repeated call): nobody is told twice.
    expect(await db().$transaction((tx) => announcePublishedIdea(tx, idea.id))).toBe(false);
    await fanOutPendingNotifications();
    const recipients = await told(idea.id);
    expect(recipients.map((r) => r.userId).sort()).toEqual(
      [sphereFan.id, powiatFan.id, officeFan.id, bothFan.id, official.id].sort(),
    );
    expect(recipients.map((r) => r.userId)).not.toContain(otherOfficial.id);
    expect(new Set(recipients.map((r) => r.emailChannel))).toEqual(new Set(["DAILY"]));
  });

  it("tells the platform's administrators when none of the office's staff is on the platform", async () => {
    const office = await createInstitution({ name: "Gmina Bez Urzędników", territoryCode: "1607042" });
    const [sphere] = await db().publicBenefitSphere.findMany({ take: 1, orderBy: { code: "asc" } });
    const administrator = await createAdministrator();
    const idea = await publishedEntry(office.id, sphere!.id);
    await db().$transaction((tx) => announcePublishedIdea(tx, idea.id));
    await fanOutPendingNotifications();
    expect((await told(idea.id)).map((r) => r.userId)).toContain(administrator.id);
    // Once one of its officials is on the platform, the office hears of its entries itself.
    const official = await createOfficial(office.id);
    const next = await publishedEntry(office.id, sphere!.id);
    await db().$transaction((tx) => announcePublishedIdea(tx, next.id));
    await fanOutPendingNotifications();
    const recipients = (await told(next.id)).map((r) => r.userId);
    expect(recipients).toContain(official.id);
    expect(recipients).not.toContain(administrator.id);
  });

  it("respects a person's preference and announces nothing not yet published", async () => {
    const office = await createInstitution({ name: "Gmina Preferencji", territoryCode: "1601052" });
    const [sphere] = await db().publicBenefitSphere.findMany({ take: 1, orderBy: { code: "desc" } });
    const quiet = await createActor();
    await db().topicSubscription.create({ data: { userId: quiet.id, institutionId: office.id } });
    await db().notificationPreference.create({
      data: { userId: quiet.id, type: "idea.published", channel: "IMMEDIATE" },
    });
    const pending = await publishedEntry(office.id, sphere!.id, "PENDING");
    expect(await db().$transaction((tx) => announcePublishedIdea(tx, pending.id))).toBe(false);
    const idea = await publishedEntry(office.id, sphere!.id);
    await db().$transaction((tx) => announcePublishedIdea(tx, idea.id));
    await fanOutPendingNotifications();
    expect(await told(pending.id)).toEqual([]);
    // (Followers from the test above hear of it too: it is in their territory.)
    expect(await told(idea.id)).toContainEqual({ userId: quiet.id, emailChannel: "IMMEDIATE" });
  });
});

describe("the publishing path announces a new entry", () => {
  const key = () => randomUUID().replace(/-/g, "");
  const fields = (institutionId: string, sphereId: string, title: string) => ({
    kind: "SUGGESTION" as const,
    addressee: `institution:${institutionId}`,
    title,
    body: "Wspólny kalendarz wydarzeń organizacji i urzędu, aktualizowany co tydzień.",
    sphereIds: [sphereId],
    territoryCodes: ["1601052"],
    taskScope: "",
    taskPlaceAndTime: "",
    taskExpectedResults: "",
    taskEstimatedCost: "",
    actingFor: null,
    submissionKey: key(),
  });
  const announced = (ideaId: string) =>
    db().notificationEvent.count({ where: { type: "idea.published", subjectId: ideaId } });

  it("at once under post-moderation, and on a moderator's approval under pre-moderation, once", async () => {
    await createInstanceSettings();
    const office = await db().institution.findFirstOrThrow({ where: { territoryCode: "1601052" } });
    const sphere = await db().publicBenefitSphere.findFirstOrThrow({ where: { code: "13" } });
    const resident = await createActor();
    actAs(resident);
    await db().instanceSettings.update({ where: { id: 1 }, data: { ideaModeration: "POST" } });
    const open = written(await createIdeaAction(fields(office.id, sphere.id, "Wspólny kalendarz wydarzeń")));
    expect(open.visibility).toBe("PUBLISHED");
    expect(await announced(open.id)).toBe(1);

    await db().instanceSettings.update({ where: { id: 1 }, data: { ideaModeration: "PRE" } });
    const waiting = written(await createIdeaAction(fields(office.id, sphere.id, "Kalendarz czekający na moderację")));
    expect(waiting.visibility).toBe("PENDING");
    expect(await announced(waiting.id)).toBe(0);
    actAs(await createModerator());
    const shown = await currentIdeaVersion(waiting.id);
    expect((await approveIdeaAction({ ideaId: waiting.id, shown })).data).toEqual({ approved: true });
    expect(await announced(waiting.id)).toBe(1);
  });
});
