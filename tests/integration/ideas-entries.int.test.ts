// Writing entries on the ideas board through its actions: who may write for
// whom and to whom, bad input refused with its field named and nothing
// written, one entry per browser key, pre- and post-moderation, the
// moderators' decisions, and edits of a public entry under the moderation rule.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { ideaPageView } from "@/lib/ideas/page-view";
import {
  addressableOffices,
  currentIdeaVersion,
  ideaModerationQueue,
  listPublicIdeas,
  similarIdeas,
} from "@/lib/ideas/queries";
import { createIdea, writtenIdea } from "@/tests/factories/ideas";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createActor, createAdministrator, createMember, createModerator } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  approveIdeaAction,
  createIdeaAction,
  hideIdeaAction,
  rejectIdeaAction,
  setIdeaSettingsAction,
  updateIdeaAction,
} from "@/lib/ideas/actions";

// Writers of some standing: a new account may write only a few entries in ten minutes (the forum's limits).
const established = () => ({ createdAt: new Date(Date.now() - 30 * 24 * 3600 * 1000) });

const key = () => randomUUID().replace(/-/g, "");

let institutionId: string;
let outsideInstitutionId: string;
let verifiedId: string;
let unverifiedId: string;
let representative: Actor;
let unverifiedMember: Actor;
let resident: Actor;
let moderator: Actor;
let admin: Actor;
let sphereId: string;

const entry = (overrides: Record<string, unknown> = {}) => ({
  kind: "NEED" as const,
  addressee: `institution:${institutionId}`,
  title: "Brak miejsc w świetlicach szkolnych",
  body: "W szkołach naszej gminy brakuje miejsc w świetlicach, rodzice czekają miesiącami.",
  sphereIds: [sphereId],
  territoryCodes: ["1601052"],
  taskScope: "",
  taskPlaceAndTime: "",
  taskExpectedResults: "",
  taskEstimatedCost: "",
  actingFor: null,
  submissionKey: key(),
  ...overrides,
});

async function setModeration(mode: "PRE" | "POST") {
  await db().instanceSettings.update({ where: { id: 1 }, data: { ideaModeration: mode } });
}

beforeAll(async () => {
  await createInstanceSettings();
  institutionId = (await createInstitution({ name: "Urząd Gminy Pomysłowej", territoryCode: "1601052" })).id;
  const outside = await db().territory.findFirst({
    where: { voivodeshipCode: { not: "16" }, code: { not: { startsWith: "16" } } },
    select: { code: true },
  });
  outsideInstitutionId = outside
    ? (await createInstitution({ name: "Urząd spoza regionu", territoryCode: outside.code })).id
    : "cmoutsideregion0000000000";
  verifiedId = (await createOrganisation({ name: "Fundacja Świetlica", verifiedAt: new Date() })).id;
  unverifiedId = (await createOrganisation({ name: "Stowarzyszenie Niezweryfikowane" })).id;
  representative = await createMember(verifiedId, "EDITOR", established());
  unverifiedMember = await createMember(unverifiedId, "OWNER", established());
  resident = await createActor(established());
  moderator = await createModerator();
  admin = await createAdministrator();
  sphereId = (await db().publicBenefitSphere.findFirstOrThrow({ where: { code: "13" } })).id;
});

beforeEach(() => setModeration("POST"));

describe("writing an entry", () => {
  it("refuses a visitor before reading the input, and writes nothing", async () => {
    actAs(null);
    const before = await db().idea.count();
    expect((await createIdeaAction(entry())).serverError).toBe("UNAUTHENTICATED");
    expect(await db().idea.count()).toBe(before);
  });

  it("holds an entry, or a change to a public one, with a blocked word for a moderator even under post-moderation", async () => {
    await db().forumBlockedWord.upsert({ where: { pattern: "kretyn*" }, create: { pattern: "kretyn*" }, update: {} });
    actAs(resident);
    const held = writtenIdea(await createIdeaAction(entry({ title: "Urzędnicy to kretyni" })));
    expect(held.visibility).toBe("PENDING");
    const open = writtenIdea(await createIdeaAction(entry({ title: "Spokojny wpis o świetlicach" })));
    expect(open.visibility).toBe("PUBLISHED");
    const edited = await updateIdeaAction({
      ...entry({
        title: "Spokojny wpis o świetlicach",
        body: "Kretyńskie pomysły urzędu, które trzeba zmienić od podstaw.",
      }),
      ideaId: open.id,
    });
    expect(edited.data).toMatchObject({ held: true });
    const idea = await db().idea.findUniqueOrThrow({ where: { id: open.id } });
    expect(idea.body).not.toContain("Kretyńskie");
    expect(idea.pendingFields).not.toBeNull();
  });

  it("counts entries against an hourly limit, so nobody floods followers and offices with notices", async () => {
    actAs(await createActor(established()));
    for (let i = 1; i <= 30; i++) {
      expect(writtenIdea(await createIdeaAction(entry({ title: `Wpis numer ${i} z serii` }))).visibility).toBe(
        "PUBLISHED",
      );
    }
    expect((await createIdeaAction(entry({ title: "Wpis ponad limit" }))).data).toEqual({ refused: "slowDown" });
    expect(await db().idea.count({ where: { title: "Wpis ponad limit" } })).toBe(0);
  });

  it("refuses a person suspended on the forum, as the forum does, and writes nothing", async () => {
    const suspended = await createActor();
    await db().forumSuspension.create({
      data: { userId: suspended.id, until: new Date(Date.now() + 24 * 3600 * 1000), reason: "Spam" },
    });
    actAs(suspended);
    const before = await db().idea.count();
    expect((await createIdeaAction(entry({ title: "Wpis osoby zawieszonej" }))).data).toEqual({ refused: "suspended" });
    expect(await db().idea.count()).toBe(before);
  });

  it("publishes a resident's entry at once under post-moderation, with its answer clock and slug", async () => {
    actAs(resident);
    const sent = await createIdeaAction(entry({ title: "Świetlice szkolne pękają w szwach" }));
    expect(sent.data).toMatchObject({ visibility: "PUBLISHED", slug: "swietlice-szkolne-pekaja-w-szwach" });
    const idea = await db().idea.findUniqueOrThrow({
      where: { id: writtenIdea(sent).id },
      include: { spheres: true, territories: true },
    });
    expect(idea.authorId).toBe(resident.id);
    expect(idea.organisationId).toBeNull();
    expect(idea.publishedAt).not.toBeNull();
    // The office's 30 days, ending at 23:59 Polish time.
    expect(idea.answerDueAt!.getTime() - idea.publishedAt!.getTime()).toBeGreaterThan(29 * 24 * 3600 * 1000);
    expect(idea.answerDueAt!.getTime() - idea.publishedAt!.getTime()).toBeLessThan(31 * 24 * 3600 * 1000);
    expect(idea.spheres.map((s) => s.sphereId)).toEqual([sphereId]);
    expect(idea.territories.map((t) => t.territoryCode)).toEqual(["1601052"]);
  });

  it("writes one entry for a double submit with the same browser key", async () => {
    actAs(resident);
    const input = entry({ title: "Jeden wpis mimo dwóch kliknięć" });
    const [first, second] = await Promise.all([createIdeaAction(input), createIdeaAction(input)]);
    expect([first.serverError, second.serverError]).toEqual([undefined, undefined]);
    expect(writtenIdea(first).id).toBeDefined();
    expect(writtenIdea(second).id).toBe(writtenIdea(first).id);
    expect(await db().idea.count({ where: { title: "Jeden wpis mimo dwóch kliknięć" } })).toBe(1);
  });

  it("writes for a verified organisation its representative acts for", async () => {
    actAs(representative);
    const sent = await createIdeaAction(entry({ actingFor: verifiedId }));
    const idea = await db().idea.findUniqueOrThrow({ where: { id: writtenIdea(sent).id } });
    expect(idea.organisationId).toBe(verifiedId);
    expect(idea.authorId).toBe(representative.id);
  });

  it("refuses acting for an unverified organisation, or one the person does not represent", async () => {
    const before = await db().idea.count();
    actAs(unverifiedMember);
    expect((await createIdeaAction(entry({ actingFor: unverifiedId }))).validationErrors).toMatchObject({
      actingFor: { _errors: ["ideaActingForInvalid"] },
    });
    actAs(resident);
    expect((await createIdeaAction(entry({ actingFor: verifiedId }))).validationErrors).toMatchObject({
      actingFor: { _errors: ["ideaActingForInvalid"] },
    });
    expect(await db().idea.count()).toBe(before);
  });

  it("refuses an office outside the region and an unknown office", async () => {
    actAs(resident);
    const before = await db().idea.count();
    for (const office of [outsideInstitutionId, "cmunknownoffice0000000000"])
      expect((await createIdeaAction(entry({ addressee: `institution:${office}` }))).validationErrors).toMatchObject({
        addressee: { _errors: ["ideaAddresseeOutsideRegion"] },
      });
    expect(await db().idea.count()).toBe(before);
  });

  it("addresses the operator or the council with the platform's 30 days", async () => {
    actAs(resident);
    const sent = await createIdeaAction(entry({ addressee: "council" }));
    const idea = await db().idea.findUniqueOrThrow({ where: { id: writtenIdea(sent).id } });
    expect(idea).toMatchObject({ addressee: "COUNCIL", institutionId: null });
  });

  it("names each bad field and writes nothing", async () => {
    actAs(resident);
    const before = await db().idea.count();
    const empty = await createIdeaAction(entry({ title: "", body: "" }));
    expect(empty.validationErrors).toMatchObject({
      title: { _errors: ["ideaTitleTooShort"] },
      body: { _errors: ["ideaBodyTooShort"] },
    });
    const huge = await createIdeaAction(entry({ title: "x".repeat(201), body: "y".repeat(20_001) }));
    expect(huge.validationErrors).toMatchObject({
      title: { _errors: ["ideaTitleTooLong"] },
      body: { _errors: ["ideaBodyTooLong"] },
    });
    const task = await createIdeaAction(entry({ kind: "TASK_PROPOSAL" }));
    expect(task.validationErrors).toMatchObject({
      taskScope: { _errors: ["ideaTaskScopeRequired"] },
      taskPlaceAndTime: { _errors: ["ideaTaskPlaceAndTimeRequired"] },
      taskExpectedResults: { _errors: ["ideaTaskExpectedResultsRequired"] },
      taskEstimatedCost: { _errors: ["ideaTaskCostRequired"] },
    });
    const cost = await createIdeaAction(
      entry({
        kind: "TASK_PROPOSAL",
        taskScope: "a",
        taskPlaceAndTime: "b",
        taskExpectedResults: "c",
        taskEstimatedCost: "dużo",
      }),
    );
    expect(cost.validationErrors).toMatchObject({ taskEstimatedCost: { _errors: ["ideaTaskCostInvalid"] } });
    expect((await createIdeaAction(entry({ sphereIds: ["nie-ma-takiej-sfery"] }))).validationErrors).toMatchObject({
      sphereIds: { _errors: ["ideaSphereUnknown"] },
    });
    expect((await createIdeaAction(entry({ territoryCodes: ["0201011"] }))).validationErrors).toMatchObject({
      territoryCodes: { _errors: ["ideaTerritoryUnknown"] },
    });
    // A picture that is not the entry's own upload.
    expect(
      (await createIdeaAction(entry({ body: "Zobacz zdjęcie: ![Plac zabaw](https://example.com/a.png) i opis." })))
        .validationErrors,
    ).toMatchObject({ body: { _errors: ["ideaImageForeign"] } });
    expect(await db().idea.count()).toBe(before);
  });

  it("keeps a task proposal's fields, its cost in złoty, and at most the act's month", async () => {
    actAs(representative);
    const sent = await createIdeaAction(
      entry({
        kind: "TASK_PROPOSAL",
        actingFor: verifiedId,
        taskScope: "Zajęcia pozalekcyjne dla 60 dzieci.",
        taskPlaceAndTime: "Szkoła Podstawowa nr 2, od lutego do czerwca 2027.",
        taskExpectedResults: "60 dzieci pod opieką po lekcjach, 3 nowe koła zainteresowań.",
        taskEstimatedCost: "48 500,50",
      }),
    );
    const idea = await db().idea.findUniqueOrThrow({ where: { id: writtenIdea(sent).id } });
    expect(idea.taskEstimatedCost?.toString()).toBe("48500.5");
    expect(idea.answerDueAt!.getTime() - idea.publishedAt!.getTime()).toBeLessThanOrEqual(32 * 24 * 3600 * 1000);
  });
});

describe("pre-moderation of new entries", () => {
  it("keeps an entry pending until a moderator approves it; then its clock starts", async () => {
    await setModeration("PRE");
    actAs(resident);
    const sent = await createIdeaAction(entry({ title: "Wpis czekający na moderatora" }));
    expect(writtenIdea(sent).visibility).toBe("PENDING");
    const id = writtenIdea(sent).id;
    expect((await db().idea.findUniqueOrThrow({ where: { id } })).publishedAt).toBeNull();
    // Not on the public list, not on its page for a visitor; explained to its writer.
    expect((await listPublicIdeas({ sort: "newest", page: 1, q: "czekający moderatora" })).items).toHaveLength(0);
    expect(await ideaPageView({ slug: writtenIdea(sent).slug, locale: "pl", viewer: null })).toBeNull();
    const own = await ideaPageView({ slug: writtenIdea(sent).slug, locale: "pl", viewer: resident });
    expect(own && "view" in own && own.view.withheld).toEqual({ visibility: "PENDING", reason: null });
    expect((await ideaModerationQueue()).pending.map((queued) => queued.id)).toContain(id);

    const shown = await currentIdeaVersion(id);
    actAs(resident);
    expect((await approveIdeaAction({ ideaId: id, shown })).serverError).toBe("FORBIDDEN");
    actAs(moderator);
    expect((await approveIdeaAction({ ideaId: id, shown })).data).toEqual({ approved: true });
    const idea = await db().idea.findUniqueOrThrow({ where: { id } });
    expect(idea.visibility).toBe("PUBLISHED");
    expect(idea.publishedAt).not.toBeNull();
    expect(idea.answerDueAt).not.toBeNull();
    expect(await db().notificationEvent.count({ where: { subjectId: id, type: "idea.moderated" } })).toBe(1);
  });

  it("tells the writer why an entry was rejected", async () => {
    await setModeration("PRE");
    actAs(resident);
    const sent = await createIdeaAction(entry({ title: "Wpis do odrzucenia" }));
    const id = writtenIdea(sent).id;
    actAs(moderator);
    const rejected = await rejectIdeaAction({
      ideaId: id,
      shown: await currentIdeaVersion(id),
      reason: "Reklama firmy, nie potrzeba.",
    });
    expect(rejected.data).toEqual({ rejected: true });
    const idea = await db().idea.findUniqueOrThrow({ where: { id } });
    expect(idea).toMatchObject({
      visibility: "REJECTED",
      moderationNote: "Reklama firmy, nie potrzeba.",
      publishedAt: null,
    });
    const page = await ideaPageView({ slug: idea.slug, locale: "pl", viewer: resident });
    expect(page && "view" in page && page.view.withheld).toEqual({
      visibility: "REJECTED",
      reason: "Reklama firmy, nie potrzeba.",
    });
  });

  it("refuses a decision on an entry changed since the moderator was shown it", async () => {
    await setModeration("PRE");
    actAs(resident);
    const sent = await createIdeaAction(entry({ title: "Wpis zmieniany w trakcie" }));
    const id = writtenIdea(sent).id;
    const shown = await currentIdeaVersion(id);
    expect(
      (await updateIdeaAction({ ...entry({ title: "Wpis zmieniony w trakcie" }), ideaId: id })).data,
    ).toMatchObject({ held: false });
    actAs(moderator);
    expect((await approveIdeaAction({ ideaId: id, shown })).data).toEqual({ refused: "changedSinceShown" });
    expect((await db().idea.findUniqueOrThrow({ where: { id } })).visibility).toBe("PENDING");
  });
});

describe("post-moderation: hiding a public entry", () => {
  it("lets a moderator hide a public entry with a reason, and nobody else", async () => {
    const idea = await createIdea({ authorId: resident.id, title: "Wpis do ukrycia" });
    actAs(resident);
    expect((await hideIdeaAction({ ideaId: idea.id, reason: "Obraźliwe słowa." })).serverError).toBe("FORBIDDEN");
    actAs(moderator);
    expect((await hideIdeaAction({ ideaId: idea.id, reason: "" })).validationErrors).toBeDefined();
    expect((await hideIdeaAction({ ideaId: idea.id, reason: "Obraźliwe słowa." })).data).toEqual({ hidden: true });
    expect((await hideIdeaAction({ ideaId: idea.id, reason: "Obraźliwe słowa." })).data).toEqual({
      refused: "notPublished",
    });
    expect(await ideaPageView({ slug: idea.slug, locale: "pl", viewer: null })).toBeNull();
  });
});

describe("editing a public entry", () => {
  it("holds the change for a moderator under pre-moderation while the approved text stays public", async () => {
    actAs(resident);
    const sent = await createIdeaAction(entry({ title: "Wpis przed zmianą" }));
    const id = writtenIdea(sent).id;
    await setModeration("PRE");
    const edited = await updateIdeaAction({ ...entry({ title: "Wpis po zmianie" }), ideaId: id });
    expect(edited.data).toMatchObject({ held: true });
    let idea = await db().idea.findUniqueOrThrow({ where: { id } });
    expect(idea.title).toBe("Wpis przed zmianą");
    expect(idea.pendingFields).toMatchObject({ title: "Wpis po zmianie" });
    expect((await ideaModerationQueue()).changes.map((queued) => queued.title)).toContain("Wpis po zmianie");
    actAs(moderator);
    expect((await approveIdeaAction({ ideaId: id, shown: await currentIdeaVersion(id) })).data).toEqual({
      approved: true,
    });
    idea = await db().idea.findUniqueOrThrow({ where: { id } });
    expect(idea.title).toBe("Wpis po zmianie");
    expect(idea.pendingFields).toBeNull();
    expect(idea.visibility).toBe("PUBLISHED");
  });

  it("applies the change at once under post-moderation and puts it on the moderators' list", async () => {
    actAs(resident);
    const sent = await createIdeaAction(entry({ title: "Wpis zmieniany od razu" }));
    const id = writtenIdea(sent).id;
    expect((await updateIdeaAction({ ...entry({ title: "Wpis zmieniony od razu" }), ideaId: id })).data).toMatchObject({
      held: false,
    });
    const idea = await db().idea.findUniqueOrThrow({ where: { id } });
    expect(idea.title).toBe("Wpis zmieniony od razu");
    expect(idea.changeSubmittedAt).not.toBeNull();
    // The change is the public text: a moderator keeps it or hides the entry, never "rejects" it while it stays public.
    actAs(await createModerator());
    const shown = await currentIdeaVersion(id);
    expect((await rejectIdeaAction({ ideaId: id, shown, reason: "Obraźliwe sformułowania" })).data).toEqual({
      refused: "changeAlreadyPublic",
    });
    expect((await db().idea.findUniqueOrThrow({ where: { id } })).changeNote).toBeNull();
    expect((await hideIdeaAction({ ideaId: id, reason: "Obraźliwe sformułowania" })).data).toEqual({ hidden: true });
    expect((await db().idea.findUniqueOrThrow({ where: { id } })).visibility).toBe("HIDDEN");
  });

  it("lets only its writer edit, and never changes a public entry's addressee", async () => {
    actAs(resident);
    const sent = await createIdeaAction(entry({ title: "Wpis cudzy dla innych" }));
    const id = writtenIdea(sent).id;
    actAs(representative);
    expect((await updateIdeaAction({ ...entry(), ideaId: id })).data).toEqual({ refused: "notEditable" });
    actAs(null);
    expect((await updateIdeaAction({ ...entry(), ideaId: id })).serverError).toBe("UNAUTHENTICATED");
    actAs(resident);
    expect(
      (await updateIdeaAction({ ...entry({ addressee: "operator" }), ideaId: id })).validationErrors,
    ).toMatchObject({
      addressee: { _errors: ["ideaFixedOncePublished"] },
    });
    expect((await db().idea.findUniqueOrThrow({ where: { id } })).addressee).toBe("INSTITUTION");
  });
});

describe("the list, search and similar entries", () => {
  it("finds an entry by an inflected Polish word, and offers it as similar", async () => {
    actAs(resident);
    const sent = await createIdeaAction(
      entry({
        title: "Remont boiska przy szkołach wiejskich",
        body: "Boiska przy szkołach w małych wsiach są zniszczone i niebezpieczne.",
      }),
    );
    const found = await listPublicIdeas({ q: "szkoła", sort: "newest", page: 1 });
    expect(found.items.map((item) => item.id)).toContain(writtenIdea(sent).id);
    expect((await similarIdeas("Boisko szkolne do remontu")).map((item) => item.id)).toContain(writtenIdea(sent).id);
  });

  it("sorts by support and leaves out merged entries unless asked", async () => {
    const strong = await createIdea({ title: "Mocno popierany", organisationSupportCount: 900, personSupportCount: 1 });
    const merged = await createIdea({ title: "Połączony", status: "MERGED", mergedIntoId: strong.id });
    const supported = await listPublicIdeas({ sort: "supported", page: 1 });
    expect(supported.items[0]!.id).toBe(strong.id);
    expect(supported.items.map((item) => item.id)).not.toContain(merged.id);
    expect((await listPublicIdeas({ sort: "newest", status: "MERGED", page: 1 })).items.map((i) => i.id)).toContain(
      merged.id,
    );
    const redirect = await ideaPageView({ slug: merged.slug, locale: "pl", viewer: null });
    expect(redirect).toEqual({ redirectTo: strong.slug });
  });
});

describe("the board's settings", () => {
  it("are the administrators', audited", async () => {
    actAs(moderator);
    expect((await setIdeaSettingsAction({ moderation: "PRE", mustAnswerOrganisations: 5 })).serverError).toBe(
      "FORBIDDEN",
    );
    actAs(admin);
    expect(
      (await setIdeaSettingsAction({ moderation: "PRE", mustAnswerOrganisations: 0 })).validationErrors,
    ).toMatchObject({
      mustAnswerOrganisations: { _errors: ["ideaThresholdInvalid"] },
    });
    expect((await setIdeaSettingsAction({ moderation: "PRE", mustAnswerOrganisations: 7 })).data).toEqual({
      saved: true,
    });
    const settings = await db().instanceSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(settings).toMatchObject({ ideaModeration: "PRE", ideaMustAnswerOrganisations: 7 });
    expect(await db().auditEvent.count({ where: { action: "idea.settings_changed", actorUserId: admin.id } })).toBe(1);
  });
});

describe("the offices an entry may be addressed to", () => {
  it("come grouped, the voivodeship's first, then the powiats' and the gminas' by place, none outside the region", async () => {
    await createInstitution({ name: "Urząd Marszałkowski", kind: "VOIVODESHIP_OFFICE", territoryCode: "16" });
    await createInstitution({ name: "Starostwo Powiatowe w Brzegu", kind: "POWIAT_OFFICE", territoryCode: "1601" });
    await createInstitution({ name: "Urząd Gminy Drugiej", territoryCode: "1609032" });
    const offices = await addressableOffices();
    expect(offices.map((office) => office.kind)).toEqual([
      "VOIVODESHIP_OFFICE",
      "POWIAT_OFFICE",
      "GMINA_OFFICE",
      "GMINA_OFFICE",
    ]);
    const gminas = await db().institution.findMany({
      where: { id: { in: offices.slice(2).map((office) => office.id) } },
      select: { id: true, territory: { select: { name: true } } },
    });
    const byPlace = [...gminas].sort((a, b) => a.territory.name.localeCompare(b.territory.name, "pl"));
    expect(offices.slice(2).map((office) => office.id)).toEqual(byPlace.map((gmina) => gmina.id));
    expect(offices.map((office) => office.id)).not.toContain(outsideInstitutionId);
  });
});
