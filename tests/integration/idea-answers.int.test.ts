import { db } from "@/lib/db/client";
import { fanOutPendingNotifications } from "@/lib/notifications/fanout";
import { createIdeaRecord } from "@/tests/factories/idea-records";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createAdministrator, createMember, createOfficial } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { answerIdeaAction, answerPlatformIdeaAction } from "@/lib/ideas/answers/actions";

const text = "Dziękujemy, rozpatrzymy wpis na najbliższym posiedzeniu.";
let office: { id: string };
let otherOffice: { id: string };

beforeAll(async () => {
  await createInstanceSettings();
  office = await createInstitution({ name: "Urząd Gminy Odpowiedzi" });
  otherOffice = await createInstitution({ name: "Urząd Gminy Obok", territoryCode: "1609042" });
});

const stateOf = (id: string) =>
  db().idea.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      firstAnsweredAt: true,
      lastAnsweredAt: true,
      mergedIntoId: true,
      personSupportCount: true,
      organisationSupportCount: true,
    },
  });
const answersOf = (ideaId: string) =>
  db().ideaAnswer.findMany({ where: { ideaId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

describe("answering an office's entry", () => {
  it("is refused to visitors, residents, officials without two-factor and other offices' officials", async () => {
    const idea = await createIdeaRecord({ institutionId: office.id });
    const input = { ideaId: idea.id, shownStatus: "RECEIVED", toStatus: "UNDER_CONSIDERATION", body: text } as const;
    actAs(null);
    expect((await answerIdeaAction(input)).serverError).toBe("UNAUTHENTICATED");
    actAs(await createActor());
    expect((await answerIdeaAction(input)).serverError).toBe("FORBIDDEN");
    actAs(await createOfficial(otherOffice.id));
    expect((await answerIdeaAction(input)).serverError).toBe("FORBIDDEN");
    actAs(await createOfficial(office.id, "OFFICIAL", { twoFactor: false }));
    expect((await answerIdeaAction(input)).serverError).toBe("TWO_FACTOR_REQUIRED");
    // The platform's channel does not answer an office's entries, even for its officials.
    actAs(await createOfficial(office.id));
    expect((await answerPlatformIdeaAction(input)).serverError).toBe("FORBIDDEN");
    expect(await answersOf(idea.id)).toHaveLength(0);
    expect((await stateOf(idea.id)).status).toBe("RECEIVED");
  });

  it("takes the entry along its path, one public answer each time, with the clock's times", async () => {
    const idea = await createIdeaRecord({ institutionId: office.id });
    const official = await createOfficial(office.id);
    actAs(official);
    const first = await answerIdeaAction({
      ideaId: idea.id,
      shownStatus: "RECEIVED",
      toStatus: "UNDER_CONSIDERATION",
      body: text,
    });
    expect(first.data).toEqual({ answered: expect.any(String) });
    const afterFirst = await stateOf(idea.id);
    expect(afterFirst.status).toBe("UNDER_CONSIDERATION");
    expect(afterFirst.firstAnsweredAt).not.toBeNull();

    // Accepting needs what is planned and by when.
    const noPlan = await answerIdeaAction({
      ideaId: idea.id,
      shownStatus: "UNDER_CONSIDERATION",
      toStatus: "ACCEPTED",
      body: text,
    });
    expect(noPlan.validationErrors).toMatchObject({
      plannedAction: { _errors: ["ideaPlannedActionRequired"] },
      plannedBy: { _errors: ["ideaPlannedByInvalid"] },
    });
    const accepted = await answerIdeaAction({
      ideaId: idea.id,
      shownStatus: "UNDER_CONSIDERATION",
      toStatus: "ACCEPTED",
      body: "Przyjmujemy propozycję.",
      plannedAction: "Ogłosimy konsultacje programu współpracy z kalendarzem wydarzeń.",
      plannedBy: "2027-03-31",
    });
    expect(accepted.data).toEqual({ answered: expect.any(String) });
    // A further answer keeps the status.
    await answerIdeaAction({ ideaId: idea.id, shownStatus: "ACCEPTED", toStatus: "ACCEPTED", body: text });
    await answerIdeaAction({ ideaId: idea.id, shownStatus: "ACCEPTED", toStatus: "IMPLEMENTED", body: text });

    const answers = await answersOf(idea.id);
    expect(answers.map((a) => [a.fromStatus, a.toStatus])).toEqual([
      ["RECEIVED", "UNDER_CONSIDERATION"],
      ["UNDER_CONSIDERATION", "ACCEPTED"],
      ["ACCEPTED", "ACCEPTED"],
      ["ACCEPTED", "IMPLEMENTED"],
    ]);
    expect(answers[1]).toMatchObject({
      plannedAction: "Ogłosimy konsultacje programu współpracy z kalendarzem wydarzeń.",
      plannedBy: new Date("2027-03-31T00:00:00Z"),
      authorId: official.id,
      institutionId: office.id,
    });
    const last = await stateOf(idea.id);
    expect(last.firstAnsweredAt).toEqual(afterFirst.firstAnsweredAt);
    expect(last.lastAnsweredAt!.getTime()).toBeGreaterThanOrEqual(afterFirst.lastAnsweredAt!.getTime());
    expect(last.status).toBe("IMPLEMENTED");
  });

  it("refuses moves the rules do not allow, stale forms and entries that are not public, writing nothing", async () => {
    const idea = await createIdeaRecord({ institutionId: office.id });
    actAs(await createOfficial(office.id, "ADMINISTRATOR"));
    const skip = await answerIdeaAction({
      ideaId: idea.id,
      shownStatus: "RECEIVED",
      toStatus: "IMPLEMENTED",
      body: text,
    });
    expect(skip.data).toEqual({ refused: "STATUS_CHANGE_NOT_ALLOWED" });
    const stale = await answerIdeaAction({
      ideaId: idea.id,
      shownStatus: "UNDER_CONSIDERATION",
      toStatus: "NOT_TAKEN_UP",
      body: text,
    });
    expect(stale.data).toEqual({ refused: "STATUS_CHANGED_MEANWHILE" });
    const hidden = await createIdeaRecord({ institutionId: office.id, visibility: "HIDDEN" });
    const onHidden = await answerIdeaAction({
      ideaId: hidden.id,
      shownStatus: "RECEIVED",
      toStatus: "UNDER_CONSIDERATION",
      body: text,
    });
    expect(onHidden.data).toEqual({ refused: "IDEA_NOT_PUBLISHED" });
    const tooShort = await answerIdeaAction({
      ideaId: idea.id,
      shownStatus: "RECEIVED",
      toStatus: "NOT_TAKEN_UP",
      body: "Nie.",
    });
    expect(tooShort.validationErrors).toMatchObject({ body: { _errors: ["ideaAnswerTooShort"] } });
    expect(await answersOf(idea.id)).toHaveLength(0);
    expect(await stateOf(idea.id)).toMatchObject({ status: "RECEIVED", firstAnsweredAt: null });
  });

  it("lets administrators answer for an office and for the platform, each through its own channel", async () => {
    const admin = await createAdministrator();
    actAs(admin);
    const officeIdea = await createIdeaRecord({ institutionId: office.id });
    const operatorIdea = await createIdeaRecord({ addressee: "OPERATOR" });
    const councilIdea = await createIdeaRecord({ addressee: "COUNCIL" });
    const base = { shownStatus: "RECEIVED", toStatus: "UNDER_CONSIDERATION", body: text } as const;
    expect((await answerIdeaAction({ ideaId: officeIdea.id, ...base })).data).toHaveProperty("answered");
    expect((await answerPlatformIdeaAction({ ideaId: operatorIdea.id, ...base })).data).toHaveProperty("answered");
    expect((await answerPlatformIdeaAction({ ideaId: councilIdea.id, ...base })).data).toHaveProperty("answered");
    // Each channel finds only its own entries.
    const other = await createIdeaRecord({ institutionId: office.id });
    expect((await answerPlatformIdeaAction({ ideaId: other.id, ...base })).serverError).toBe("NOT_FOUND");
    expect((await answerIdeaAction({ ideaId: (await createIdeaRecord()).id, ...base })).serverError).toBe("NOT_FOUND");
    expect((await answersOf(operatorIdea.id))[0]).toMatchObject({ institutionId: null, authorId: admin.id });
    // Officials of an office cannot answer the operator's entries.
    actAs(await createOfficial(office.id));
    expect((await answerPlatformIdeaAction({ ideaId: (await createIdeaRecord()).id, ...base })).serverError).toBe(
      "FORBIDDEN",
    );
  });

  it("tells the author, the supporters and the supporting organisations' representatives, once each", async () => {
    const author = await createActor();
    const organisation = await createOrganisation({ verifiedAt: new Date() });
    const owner = await createMember(organisation.id, "OWNER");
    const supporter = await createActor();
    const idea = await createIdeaRecord({ institutionId: office.id, authorId: author.id });
    await db().ideaPersonSupport.createMany({
      data: [
        { ideaId: idea.id, userId: supporter.id },
        { ideaId: idea.id, userId: author.id },
      ],
    });
    await db().ideaOrganisationSupport.create({ data: { ideaId: idea.id, organisationId: organisation.id } });
    const official = await createOfficial(office.id);
    actAs(official);
    const answered = await answerIdeaAction({
      ideaId: idea.id,
      shownStatus: "RECEIVED",
      toStatus: "UNDER_CONSIDERATION",
      body: text,
    });
    await fanOutPendingNotifications();
    const event = await db().notificationEvent.findFirstOrThrow({
      where: { type: "idea.answered", subjectId: idea.id },
    });
    expect(event.data).toMatchObject({
      decision: "UNDER_CONSIDERATION",
      change: "status",
      answer: answered.data && "answered" in answered.data ? answered.data.answered : "",
    });
    const recipients = await db().notification.findMany({ where: { eventId: event.id }, select: { userId: true } });
    expect(recipients.map((r) => r.userId).sort()).toEqual([author.id, owner.id, supporter.id].sort());
  });
});

describe("merging an entry", () => {
  const merge = (ideaId: string, mergeInto: string, shownStatus: "RECEIVED" | "UNDER_CONSIDERATION" = "RECEIVED") =>
    answerIdeaAction({
      ideaId,
      shownStatus,
      toStatus: "MERGED",
      body: "Ten sam postulat zgłoszono wcześniej.",
      mergeInto,
    });

  it("refuses a merge into itself, into a merged entry, in a loop, or into another office's entry", async () => {
    actAs(await createOfficial(office.id));
    const a = await createIdeaRecord({ institutionId: office.id });
    const b = await createIdeaRecord({ institutionId: office.id });
    const c = await createIdeaRecord({ institutionId: office.id });
    expect((await merge(a.id, a.slug)).data).toEqual({ refused: "MERGE_INTO_ITSELF" });
    expect((await merge(a.id, "nie-ma-takiego-wpisu")).data).toEqual({ refused: "MERGE_TARGET_NOT_FOUND" });
    expect((await merge(a.id, `https://example.org/pomysly/${b.slug}`)).data).toHaveProperty("answered");
    // b ← a: merging b into a would close a loop.
    expect((await merge(b.id, a.slug)).data).toEqual({ refused: "MERGE_LOOP" });
    // c into a, which went into b: refused, merge into b instead.
    expect((await merge(c.id, a.slug)).data).toEqual({ refused: "MERGE_TARGET_MERGED" });
    const elsewhere = await createIdeaRecord({ institutionId: otherOffice.id });
    expect((await merge(c.id, elsewhere.slug)).data).toEqual({ refused: "MERGE_TARGET_OTHER_ADDRESSEE" });
    const pending = await createIdeaRecord({ institutionId: office.id, visibility: "PENDING", publishedAt: null });
    expect((await merge(c.id, pending.slug)).data).toEqual({ refused: "MERGE_TARGET_NOT_PUBLISHED" });
    // Nothing more may be said on a merged entry.
    const onMerged = await answerIdeaAction({ ideaId: a.id, shownStatus: "MERGED", toStatus: "MERGED", body: text });
    expect(onMerged.data).toEqual({ refused: "STATUS_CHANGE_NOT_ALLOWED" });
    expect(await stateOf(b.id)).toMatchObject({ status: "RECEIVED", mergedIntoId: null });
    expect(await stateOf(c.id)).toMatchObject({ status: "RECEIVED", mergedIntoId: null });
  });

  it("moves supports (kept once) and followers to the entry it goes into", async () => {
    const from = await createIdeaRecord({ institutionId: office.id });
    const into = await createIdeaRecord({ institutionId: office.id });
    const both = await createActor();
    const onlyOld = await createActor();
    const follower = await createActor();
    const organisation = await createOrganisation({ verifiedAt: new Date() });
    await db().ideaPersonSupport.createMany({
      data: [
        { ideaId: from.id, userId: both.id },
        { ideaId: from.id, userId: onlyOld.id },
        { ideaId: into.id, userId: both.id },
      ],
    });
    await db().ideaOrganisationSupport.createMany({
      data: [
        { ideaId: from.id, organisationId: organisation.id },
        { ideaId: into.id, organisationId: organisation.id },
      ],
    });
    await db().idea.update({ where: { id: from.id }, data: { personSupportCount: 2, organisationSupportCount: 1 } });
    await db().idea.update({ where: { id: into.id }, data: { personSupportCount: 1, organisationSupportCount: 1 } });
    await db().itemSubscription.create({ data: { userId: follower.id, subjectType: "Idea", subjectId: from.id } });

    actAs(await createOfficial(office.id));
    expect((await merge(from.id, into.slug)).data).toHaveProperty("answered");
    expect(await stateOf(from.id)).toMatchObject({
      status: "MERGED",
      mergedIntoId: into.id,
      personSupportCount: 0,
      organisationSupportCount: 0,
    });
    expect(await stateOf(into.id)).toMatchObject({ personSupportCount: 2, organisationSupportCount: 1 });
    expect(await db().ideaPersonSupport.count({ where: { ideaId: into.id } })).toBe(2);
    expect(await db().ideaPersonSupport.count({ where: { ideaId: from.id } })).toBe(0);
    expect(await db().ideaOrganisationSupport.count({ where: { ideaId: into.id } })).toBe(1);
    expect(
      await db().itemSubscription.findMany({
        where: { subjectType: "Idea" },
        select: { userId: true, subjectId: true },
      }),
    ).toEqual([{ userId: follower.id, subjectId: into.id }]);
    expect((await answersOf(from.id))[0]).toMatchObject({ toStatus: "MERGED", mergedIntoId: into.id });
  });

  it("lets an administrator merge across addressees", async () => {
    actAs(await createAdministrator());
    const from = await createIdeaRecord({ institutionId: office.id });
    const into = await createIdeaRecord({ institutionId: otherOffice.id });
    expect((await merge(from.id, into.slug)).data).toHaveProperty("answered");
  });
});
