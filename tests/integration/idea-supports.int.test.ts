import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { createIdea } from "@/tests/factories/ideas";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createOfficial, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs, runAs } from "@/tests/helpers/concurrent-session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/concurrent-session"));

import { answerIdeaAction } from "@/lib/ideas/answers/actions";
import { supportIdeaAction, withdrawIdeaSupportAction } from "@/lib/ideas/support/actions";
import { supportIdea, withdrawIdeaSupport } from "@/lib/ideas/support/mutations";

const key = () => randomUUID();

async function rowsAndCounters(ideaId: string) {
  const [idea, people, organisations] = await Promise.all([
    db().idea.findUniqueOrThrow({
      where: { id: ideaId },
      select: { personSupportCount: true, organisationSupportCount: true, mustAnswerSince: true, answerDueAt: true },
    }),
    db().ideaPersonSupport.count({ where: { ideaId } }),
    db().ideaOrganisationSupport.count({ where: { ideaId } }),
  ]);
  return { idea, people, organisations };
}

async function people(count: number): Promise<TestActor[]> {
  const made: TestActor[] = [];
  for (let i = 0; i < count; i += 1) made.push(await createActor());
  return made;
}

beforeAll(async () => {
  await createInstanceSettings();
});

describe("supporting an entry", () => {
  it("is for signed-in people only", async () => {
    const idea = await createIdea();
    actAs(null);
    const result = await supportIdeaAction({ ideaId: idea.id, actingFor: null, submissionKey: key() });
    expect(result.serverError).toBe("UNAUTHENTICATED");
    expect((await withdrawIdeaSupportAction({ ideaId: idea.id, actingFor: null })).serverError).toBe("UNAUTHENTICATED");
    expect((await rowsAndCounters(idea.id)).people).toBe(0);
  });

  it("counts a person once, even for a double click, and lets them withdraw", async () => {
    const idea = await createIdea();
    const person = await createActor();
    actAs(person);
    const submissionKey = key();
    const [first, second] = await Promise.all([
      supportIdeaAction({ ideaId: idea.id, actingFor: null, submissionKey }),
      supportIdeaAction({ ideaId: idea.id, actingFor: null, submissionKey }),
    ]);
    expect(first.data).toMatchObject({ supported: true });
    expect(second.data).toMatchObject({ supported: true, counts: { personSupportCount: 1 } });
    expect((await rowsAndCounters(idea.id)).idea.personSupportCount).toBe(1);
    // The same click again later (another tab, another server process): nothing changes, and it says so.
    expect(await supportIdeaAction({ ideaId: idea.id, actingFor: null, submissionKey })).toMatchObject({
      data: { supported: true, counts: { personSupportCount: 1 } },
    });
    expect(await rowsAndCounters(idea.id)).toMatchObject({ people: 1, idea: { personSupportCount: 1 } });

    const withdrawn = await withdrawIdeaSupportAction({ ideaId: idea.id, actingFor: null });
    expect(withdrawn.data).toEqual({ withdrawn: true, counts: { personSupportCount: 0, organisationSupportCount: 0 } });
    expect((await withdrawIdeaSupportAction({ ideaId: idea.id, actingFor: null })).data).toMatchObject({
      counts: { personSupportCount: 0 },
    });
    expect(await rowsAndCounters(idea.id)).toMatchObject({ people: 0, idea: { personSupportCount: 0 } });
  });

  it("takes an organisation's support separately, only from its members and only when it is verified", async () => {
    const idea = await createIdea();
    const verified = await createOrganisation({ verifiedAt: new Date() });
    const unverified = await createOrganisation();
    const member = await createMember(verified.id);
    const unverifiedMember = await createMember(unverified.id);
    const outsider = await createActor();

    actAs(outsider);
    const foreign = await supportIdeaAction({ ideaId: idea.id, actingFor: verified.id, submissionKey: key() });
    expect(foreign.serverError).toBe("FORBIDDEN");
    actAs(unverifiedMember);
    const notVerified = await supportIdeaAction({ ideaId: idea.id, actingFor: unverified.id, submissionKey: key() });
    expect(notVerified.serverError).toBe("FORBIDDEN");
    expect((await rowsAndCounters(idea.id)).organisations).toBe(0);

    actAs(member);
    await supportIdeaAction({ ideaId: idea.id, actingFor: verified.id, submissionKey: key() });
    const asSelf = await supportIdeaAction({ ideaId: idea.id, actingFor: null, submissionKey: key() });
    expect(asSelf.data).toEqual({ supported: true, counts: { personSupportCount: 1, organisationSupportCount: 1 } });
    const given = await db().ideaOrganisationSupport.findFirstOrThrow({ where: { ideaId: idea.id } });
    expect(given).toMatchObject({ organisationId: verified.id, givenById: member.id });

    actAs(outsider);
    expect((await withdrawIdeaSupportAction({ ideaId: idea.id, actingFor: verified.id })).serverError).toBe(
      "FORBIDDEN",
    );
    // Another member of the organisation may take its support back.
    actAs(await createMember(verified.id, "EDITOR"));
    await withdrawIdeaSupportAction({ ideaId: idea.id, actingFor: verified.id });
    expect(await rowsAndCounters(idea.id)).toMatchObject({
      organisations: 0,
      people: 1,
      idea: { organisationSupportCount: 0, personSupportCount: 1 },
    });
    const audit = await db().auditEvent.findMany({ where: { subjectId: idea.id }, orderBy: { occurredAt: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["idea.organisation_supported", "idea.organisation_support_withdrawn"]);
  });

  it("refuses entries that are not public or were merged, and writes nothing", async () => {
    const person = await createActor();
    actAs(person);
    const pending = await createIdea({ visibility: "PENDING", publishedAt: null });
    const hidden = await createIdea({ visibility: "HIDDEN" });
    const target = await createIdea();
    const merged = await createIdea({ status: "MERGED", mergedIntoId: target.id });
    for (const idea of [pending, hidden]) {
      const result = await supportIdeaAction({ ideaId: idea.id, actingFor: null, submissionKey: key() });
      expect(result.data).toEqual({ refused: "IDEA_NOT_PUBLISHED" });
    }
    expect((await supportIdeaAction({ ideaId: merged.id, actingFor: null, submissionKey: key() })).data).toEqual({
      refused: "IDEA_MERGED",
    });
    expect(await db().ideaPersonSupport.count({ where: { userId: person.id } })).toBe(0);
    const missing = await supportIdeaAction({ ideaId: "c".repeat(25), actingFor: null, submissionKey: key() });
    expect(missing.serverError).toBe("NOT_FOUND");
  });

  it("obliges the office to answer when the operator's number of organisations is reached", async () => {
    await db().instanceSettings.update({ where: { id: 1 }, data: { ideaMustAnswerOrganisations: 2 } });
    const institution = await createInstitution();
    await db().institution.update({ where: { id: institution.id }, data: { ideaAnswerDays: 14 } });
    const publishedAt = new Date(Date.now() - 10 * 24 * 3600_000);
    const idea = await createIdea({
      institutionId: institution.id,
      publishedAt,
      answerDueAt: new Date(Date.now() + 4 * 24 * 3600_000),
    });
    const answered = await createIdea({ institutionId: institution.id, firstAnsweredAt: new Date() });
    const organisations = [
      await createOrganisation({ verifiedAt: new Date() }),
      await createOrganisation({ verifiedAt: new Date() }),
    ];
    for (const organisation of organisations) {
      actAs(await createMember(organisation.id));
      await supportIdeaAction({ ideaId: idea.id, actingFor: organisation.id, submissionKey: key() });
      await supportIdeaAction({ ideaId: answered.id, actingFor: organisation.id, submissionKey: key() });
      if (organisation === organisations[0]) expect((await rowsAndCounters(idea.id)).idea.mustAnswerSince).toBeNull();
    }
    const after = (await rowsAndCounters(idea.id)).idea;
    expect(after.mustAnswerSince).not.toBeNull();
    // The office's 14 days counted from now, later than the 4 days that were left.
    expect(after.answerDueAt!.getTime()).toBeGreaterThan(Date.now() + 13 * 24 * 3600_000);
    expect(after.answerDueAt!.getTime()).toBeLessThan(Date.now() + 15 * 24 * 3600_000);
    // An entry already answered is not flagged.
    expect((await rowsAndCounters(answered.id)).idea.mustAnswerSince).toBeNull();
    await db().instanceSettings.update({ where: { id: 1 }, data: { ideaMustAnswerOrganisations: 10 } });
  });
});

describe("the office's obligation to answer", () => {
  it("rests on verified organisations other than the author's own", async () => {
    await db().instanceSettings.update({ where: { id: 1 }, data: { ideaMustAnswerOrganisations: 2 } });
    const author = await createOrganisation({ verifiedAt: new Date() });
    const [lapsing, other, third] = [
      await createOrganisation({ verifiedAt: new Date() }),
      await createOrganisation({ verifiedAt: new Date() }),
      await createOrganisation({ verifiedAt: new Date() }),
    ];
    const idea = await createIdea({ organisationId: author.id });
    const support = async (organisationId: string) => {
      actAs(await createMember(organisationId));
      const result = await supportIdeaAction({ ideaId: idea.id, actingFor: organisationId, submissionKey: key() });
      expect(result.data).toMatchObject({ supported: true });
    };
    // The author's own support and one other: two supports, one that counts.
    await support(author.id);
    await support(lapsing!.id);
    expect((await rowsAndCounters(idea.id)).idea).toMatchObject({ organisationSupportCount: 2, mustAnswerSince: null });
    // An organisation whose verification was withdrawn after it supported no longer counts.
    await db().organisation.update({ where: { id: lapsing!.id }, data: { verifiedAt: null } });
    await support(other!.id);
    expect((await rowsAndCounters(idea.id)).idea).toMatchObject({ organisationSupportCount: 3, mustAnswerSince: null });
    await support(third!.id);
    expect((await rowsAndCounters(idea.id)).idea.mustAnswerSince).not.toBeNull();
    // The audit log names the organisations the obligation rests on.
    const started = await db().auditEvent.findFirstOrThrow({
      where: { action: "idea.must_answer_started", subjectId: idea.id },
    });
    expect(started.details).toEqual({ organisationIds: [other!.id, third!.id].sort(), threshold: 2 });
    await db().instanceSettings.update({ where: { id: 1 }, data: { ideaMustAnswerOrganisations: 10 } });
  });
});

describe("supports under load", () => {
  it("loses none and doubles none when 200 people support one entry at once", async () => {
    const idea = await createIdea();
    const supporters = await people(200);
    const results = await Promise.all(
      supporters.map((person) =>
        runAs(person, () => supportIdeaAction({ ideaId: idea.id, actingFor: null, submissionKey: key() })),
      ),
    );
    expect(results.filter((r) => r.serverError !== undefined || r.data === undefined)).toEqual([]);
    const after = await rowsAndCounters(idea.id);
    expect(after.people).toBe(200);
    expect(after.idea.personSupportCount).toBe(200);
  });

  it("keeps the counter equal to the rows when supports and withdrawals cross", async () => {
    const idea = await createIdea();
    const crowd = await people(60);
    // The first 30 already support; each of them withdraws while supporting again, the other 30 double-click.
    for (const person of crowd.slice(0, 30))
      await runAs(person, () => supportIdeaAction({ ideaId: idea.id, actingFor: null, submissionKey: key() }));
    const calls = crowd.flatMap((person, index) => {
      const submissionKey = key();
      return index < 30
        ? [
            runAs(person, () => withdrawIdeaSupportAction({ ideaId: idea.id, actingFor: null })),
            runAs(person, () => supportIdeaAction({ ideaId: idea.id, actingFor: null, submissionKey })),
          ]
        : [
            runAs(person, () => supportIdeaAction({ ideaId: idea.id, actingFor: null, submissionKey })),
            runAs(person, () => supportIdeaAction({ ideaId: idea.id, actingFor: null, submissionKey })),
          ];
    });
    const results = await Promise.all(calls);
    expect(results.filter((r) => r.serverError !== undefined)).toEqual([]);
    const after = await rowsAndCounters(idea.id);
    expect(after.idea.personSupportCount).toBe(after.people);
    expect(after.people).toBeGreaterThanOrEqual(30);
    expect(
      await db().ideaPersonSupport.count({
        where: { ideaId: idea.id, userId: { in: crowd.slice(30).map((p) => p.id) } },
      }),
    ).toBe(30);
  });

  it("lets the last click win when a person supports and at once withdraws", async () => {
    const idea = await createIdea();
    const crowd = await people(20);
    // Clicked in this order by each (the mutations the actions call, so that the order of arrival is the
    // order of the clicks): support, withdraw; and for half of them support once more.
    const clicks = crowd.flatMap((person, index) => {
      const actor = person;
      const meta = { ip: null };
      return [
        supportIdea(actor, { ideaId: idea.id, actingFor: null, submissionKey: key() }, meta),
        withdrawIdeaSupport(actor, { ideaId: idea.id, actingFor: null }, meta),
        ...(index % 2 === 0
          ? [supportIdea(actor, { ideaId: idea.id, actingFor: null, submissionKey: key() }, meta)]
          : []),
      ];
    });
    await Promise.all(clicks);
    expect(await rowsAndCounters(idea.id)).toMatchObject({ people: 10, idea: { personSupportCount: 10 } });
    const supporters = await db().ideaPersonSupport.findMany({ where: { ideaId: idea.id }, select: { userId: true } });
    expect(supporters.map((s) => s.userId).sort()).toEqual(
      crowd
        .filter((_, index) => index % 2 === 0)
        .map((p) => p.id)
        .sort(),
    );
  });

  it("never lands a support on an entry merged while the supports arrive", async () => {
    const office = await createInstitution({ name: "Urząd Gminy Scalającej", territoryCode: "1609042" });
    const from = await createIdea({ institutionId: office.id });
    const into = await createIdea({ institutionId: office.id });
    const crowd = await people(40);
    const official = await createOfficial(office.id);
    const supports = crowd.map((person) =>
      runAs(person, () => supportIdeaAction({ ideaId: from.id, actingFor: null, submissionKey: key() })),
    );
    const merged = runAs(official, () =>
      answerIdeaAction({
        ideaId: from.id,
        shownStatus: "RECEIVED",
        toStatus: "MERGED",
        body: "Ten sam postulat zgłoszono wcześniej.",
        mergeInto: into.slug,
      }),
    );
    const [mergeResult, ...results] = await Promise.all([merged, ...supports]);
    expect(mergeResult.data).toHaveProperty("answered");
    // Each supporter either made it before the merge (and moved with it) or was told the entry was merged.
    for (const result of results) {
      expect(result.serverError).toBeUndefined();
      expect(result.data).toEqual(
        expect.objectContaining(
          result.data && "refused" in result.data ? { refused: "IDEA_MERGED" } : { supported: true },
        ),
      );
    }
    const accepted = results.filter((r) => r.data && !("refused" in r.data)).length;
    const [source, target] = [await rowsAndCounters(from.id), await rowsAndCounters(into.id)];
    expect(source).toMatchObject({ people: 0, idea: { personSupportCount: 0 } });
    expect(target.people).toBe(accepted);
    expect(target.idea.personSupportCount).toBe(accepted);
  });
});
