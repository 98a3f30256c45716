// Questions and answers of a competition: asked for a verified organisation one
// acts for, before the deadline by the database's clock; answered or declined
// by the office's officials only; answers published without the asker and
// told to the asker and every follower; the office told of each question.
import { db } from "@/lib/db/client";
import { follow } from "@/lib/notifications/subscriptions";
import { createCompetition } from "@/tests/factories/competitions";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import {
  createActor,
  createAdministrator,
  createMember,
  createOfficial,
  type TestActor,
} from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { answerQuestionAction, askQuestionAction, declineQuestionAction } from "@/lib/competitions/questions/actions";
import { questionsPageView } from "@/lib/competitions/questions/page-view";
import { listInstitutionCompetitions } from "@/lib/competitions/queries";

let competition: Awaited<ReturnType<typeof createCompetition>>;
let closed: Awaited<ReturnType<typeof createCompetition>>;
let draft: Awaited<ReturnType<typeof createCompetition>>;
let organisationId: string;
let asker: TestActor;
let official: TestActor;
let otherOfficial: TestActor;
let follower: TestActor;

const body = "Czy koszty dojazdu wolontariuszy są kosztami zadania?";

async function ask(competitionId = competition.id, forOrganisation = organisationId) {
  return askQuestionAction({ competitionId, organisationId: forOrganisation, taskId: "", body });
}

async function events(type: string) {
  return db().notificationEvent.findMany({ where: { type }, orderBy: { createdAt: "asc" } });
}

beforeAll(async () => {
  await createInstanceSettings();
  const officeId = (await createInstitution({ name: "Urząd Pytany", territoryCode: "1609032" })).id;
  competition = await createCompetition({ institutionId: officeId });
  closed = await createCompetition({ institutionId: officeId, opensInDays: -30, deadlineInDays: -1 });
  draft = await createCompetition({ institutionId: officeId, status: "DRAFT" });
  organisationId = (await createOrganisation({ name: "Stowarzyszenie Pytające", verifiedAt: new Date() })).id;
  asker = await createMember(organisationId, "MEMBER");
  official = await createOfficial(officeId);
  otherOfficial = await createOfficial((await createInstitution({ name: "Urząd Obcy", territoryCode: "1601" })).id);
  follower = await createActor();
  await follow(follower.id, "Competition", competition.id);
});

describe("asking", () => {
  it("is refused to a visitor, and for an organisation one does not act for or that is not verified", async () => {
    actAs(null);
    expect((await ask()).serverError).toBe("UNAUTHENTICATED");
    actAs(await createActor());
    expect((await ask()).data).toEqual({ refused: "notForOrganisation" });
    const unverified = await createOrganisation({ name: "Fundacja Nowa" });
    actAs(await createMember(unverified.id, "OWNER"));
    expect((await ask(competition.id, unverified.id)).data).toEqual({ refused: "notForOrganisation" });
  });

  it("is refused after the deadline, and a draft does not exist", async () => {
    actAs(asker);
    expect((await ask(closed.id)).data).toEqual({ refused: "closed" });
    expect((await ask(draft.id)).serverError).toBe("NOT_FOUND");
  });

  it("checks the text as the form does: too short is a field error", async () => {
    actAs(asker);
    const result = await askQuestionAction({ competitionId: competition.id, organisationId, taskId: "", body: "Czy?" });
    expect(result.validationErrors).toMatchObject({ body: { _errors: ["questionTooShort"] } });
  });

  it("stores the question for the organisation, tells the office's officials and shows it to the asker only", async () => {
    actAs(asker);
    const result = await ask();
    expect(result.data).toEqual({ asked: expect.any(String) });
    const [event] = await events("competition.question_asked");
    expect(event!.audience).toEqual({
      institutions: [{ id: competition.institutionId, roles: ["ADMINISTRATOR", "OFFICIAL"] }],
    });
    const own = await questionsPageView(competition.slug, asker);
    expect(own?.own.map((q) => q.body)).toEqual([body]);
    expect(own?.answered).toEqual([]);
    expect(own?.organisations).toEqual([{ value: organisationId, label: "Stowarzyszenie Pytające" }]);
    expect((await questionsPageView(competition.slug, follower))?.own).toEqual([]);
    expect((await questionsPageView(competition.slug, official))?.pending.map((q) => q.organisation?.name)).toEqual([
      "Stowarzyszenie Pytające",
    ]);
    expect((await questionsPageView(competition.slug, otherOfficial))?.pending).toEqual([]);
    // A platform administrator may answer (competitions.manage), but who asked is the office's to know (L3).
    const administrator = await questionsPageView(competition.slug, await createAdministrator());
    expect(administrator?.pending.map((q) => [q.body, q.organisation])).toEqual([[body, null]]);
    expect(await questionsPageView(draft.slug, official)).toBeNull();
    // The office's list says which competitions owe answers.
    const list = await listInstitutionCompetitions(competition.institutionId);
    expect(list.map((c) => [c.id, c.pendingQuestions])).toEqual(
      expect.arrayContaining([
        [competition.id, 1],
        [closed.id, 0],
      ]),
    );
  });
});

describe("answering", () => {
  let questionId: string;

  beforeAll(async () => {
    actAs(asker);
    questionId = ((await ask()).data as { asked: string }).asked;
  });

  it("is refused to a visitor, the asker and another office's official", async () => {
    actAs(null);
    expect((await answerQuestionAction({ questionId, body, answer: "Tak." })).serverError).toBe("UNAUTHENTICATED");
    actAs(asker);
    expect((await answerQuestionAction({ questionId, body, answer: "Tak." })).serverError).toBe("FORBIDDEN");
    actAs(otherOfficial);
    expect((await answerQuestionAction({ questionId, body, answer: "Tak." })).serverError).toBe("FORBIDDEN");
    expect((await declineQuestionAction({ questionId, reason: "Poza zakresem." })).serverError).toBe("FORBIDDEN");
  });

  it("publishes the answer without the asker, tells the asker and the followers, and is done once", async () => {
    actAs(official);
    const answer = "Tak, jeśli są ujęte w kalkulacji kosztów.";
    expect((await answerQuestionAction({ questionId, body, answer })).data).toEqual({ answered: true });
    const page = await questionsPageView(competition.slug, null);
    const published = page?.answered.find((q) => q.answer === answer);
    expect(published).toBeDefined();
    expect(Object.keys(published!)).not.toContain("organisation");
    const [event] = await events("competition.question_answered");
    expect(event!.audience).toEqual({
      users: [asker.id],
      followersOf: { type: "Competition", id: competition.id },
    });
    expect((await answerQuestionAction({ questionId, body, answer: "Jeszcze raz." })).data).toEqual({
      refused: "alreadyDecided",
    });
    expect((await declineQuestionAction({ questionId, reason: "Za późno." })).data).toEqual({
      refused: "alreadyDecided",
    });
  });

  it("publishes the wording an official edited (to remove what identifies the asker), keeping the asker's", async () => {
    actAs(asker);
    const asked = "Czy nasze Stowarzyszenie Pytające z Opola może wliczyć koszty dojazdu wolontariuszy?";
    const id = (
      (await askQuestionAction({ competitionId: competition.id, organisationId, taskId: "", body: asked })).data as {
        asked: string;
      }
    ).asked;
    actAs(official);
    const edited = "Czy organizacja może wliczyć koszty dojazdu wolontariuszy?";
    expect((await answerQuestionAction({ questionId: id, body: edited, answer: "Tak." })).data).toEqual({
      answered: true,
    });
    const published = (await questionsPageView(competition.slug, null))?.answered.find((q) => q.id === id);
    expect(published?.body).toBe(edited);
    expect(JSON.stringify(published)).not.toContain("Stowarzyszenie Pytające");
    const stored = await db().competitionQuestion.findUniqueOrThrow({ where: { id } });
    expect([stored.body, stored.originalBody]).toEqual([edited, asked]);
    // The asker alone sees their own text next to the published one.
    const mine = (await questionsPageView(competition.slug, asker))?.own.find((q) => q.id === id);
    expect(mine).toMatchObject({ body: edited, originalBody: asked, answer: "Tak." });
    expect((await questionsPageView(competition.slug, follower))?.own).toEqual([]);
    // Unchanged wording keeps no second copy.
    expect((await db().competitionQuestion.findUniqueOrThrow({ where: { id: questionId } })).originalBody).toBeNull();
  });

  it("declines with a reason the asker sees, publishing nothing and telling nobody", async () => {
    actAs(asker);
    const declined = ((await ask()).data as { asked: string }).asked;
    actAs(official);
    const before = (await events("competition.question_answered")).length;
    expect(
      (await declineQuestionAction({ questionId: declined, reason: "Pytanie powtarza poprzednie." })).data,
    ).toEqual({
      declined: true,
    });
    expect((await events("competition.question_answered")).length).toBe(before);
    const own = await questionsPageView(competition.slug, asker);
    expect(own?.own.find((q) => q.id === declined)).toMatchObject({
      status: "DECLINED",
      declineReason: "Pytanie powtarza poprzednie.",
    });
    expect(own?.answered.some((q) => q.id === declined)).toBe(false);
  });
});
