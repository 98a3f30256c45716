import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { db } from "@/lib/db/client";
import { ideasLeadingTo, outcomesView } from "@/lib/ideas/outcomes/queries";
import { consultationFields } from "@/tests/factories/consultations";
import { createIdea } from "@/tests/factories/ideas";
import { createInstitution } from "@/tests/factories/institutions";
import { createLibraryDocument, createLibraryVersion } from "@/tests/factories/library";
import { createNewsArticle } from "@/tests/factories/news";
import { createActor, createAdministrator, createOfficial, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  linkOutcomeAction,
  linkPlatformOutcomeAction,
  unlinkOutcomeAction,
  unlinkPlatformOutcomeAction,
} from "@/lib/ideas/outcomes/actions";

const DAY = 24 * 3600 * 1000;
let office: { id: string };
let otherOffice: { id: string };
let official: TestActor;

async function openConsultationOf(institutionId: string, by: TestActor, title: string) {
  const start = new Date(Date.now() - 60_000);
  const { id } = await createConsultation(
    institutionId,
    consultationFields({ title, startsAt: start, endsAt: new Date(start.getTime() + 14 * DAY) }),
    { userId: by.id, ip: null },
  );
  await publishConsultation(id, { userId: by.id, ip: null });
  return db().consultation.findUniqueOrThrow({ where: { id } });
}

beforeAll(async () => {
  await createInstanceSettings();
  office = await createInstitution({ name: "Urząd Skutków", territoryCode: "1601052" });
  otherOffice = await createInstitution({ name: "Urząd Sąsiedni", territoryCode: "1607053" });
  official = await createOfficial(office.id);
});

describe("what came of an entry", () => {
  it("is linked by the office's officials to their own public items, and shown on both pages", async () => {
    const idea = await createIdea({ institutionId: office.id, title: "Kalendarz wydarzeń" });
    const consultation = await openConsultationOf(office.id, official, "Program współpracy 2027 z kalendarzem");
    const article = await createNewsArticle({ institutionId: office.id }, { title: "Kalendarz ruszył" });
    const document = await createLibraryDocument({ institutionId: office.id }, { title: "Zasady kalendarza" });
    await createLibraryVersion(document.id);

    const input = { ideaId: idea.id, kind: "CONSULTATION", targetId: consultation.id } as const;
    actAs(null);
    expect((await linkOutcomeAction(input)).serverError).toBe("UNAUTHENTICATED");
    actAs(await createActor());
    expect((await linkOutcomeAction(input)).serverError).toBe("FORBIDDEN");
    actAs(await createOfficial(otherOffice.id));
    expect((await linkOutcomeAction(input)).serverError).toBe("FORBIDDEN");
    expect(await db().ideaOutcome.count({ where: { ideaId: idea.id } })).toBe(0);

    actAs(official);
    expect((await linkOutcomeAction(input)).data).toEqual({ linked: expect.any(String) });
    expect((await linkOutcomeAction(input)).data).toEqual({ refused: "ALREADY_LINKED" });
    await linkOutcomeAction({ ideaId: idea.id, kind: "NEWS", targetId: article.id });
    await linkOutcomeAction({ ideaId: idea.id, kind: "LIBRARY", targetId: document.id });

    const view = await outcomesView(idea, null);
    expect(view.manage).toBeNull();
    expect(view.items.map((i) => [i.kind, i.title])).toEqual([
      ["CONSULTATION", "Program współpracy 2027 z kalendarzem"],
      ["NEWS", "Kalendarz ruszył"],
      ["LIBRARY", "Zasady kalendarza"],
    ]);
    expect(view.items[0]!.href).toEqual({ pathname: "/consultations/[slug]", params: { slug: consultation.slug } });
    const back = [{ slug: idea.slug, title: "Kalendarz wydarzeń" }];
    expect(await ideasLeadingTo({ consultationId: consultation.id })).toEqual(back);
    expect(await ideasLeadingTo({ newsArticleId: article.id })).toEqual(back);
    expect(await ideasLeadingTo({ libraryDocumentId: document.id })).toEqual(back);

    // The official's picker offers only the office's items not linked yet.
    const another = await createNewsArticle({ institutionId: office.id }, { title: "Druga aktualność" });
    await createNewsArticle({ institutionId: otherOffice.id }, { title: "Obca aktualność" });
    const picker = await outcomesView(idea, official);
    expect(picker.manage?.choices.map((c) => c.id)).toEqual([another.id]);

    const audit = await db().auditEvent.count({ where: { subjectId: idea.id, action: "idea.outcome_linked" } });
    expect(audit).toBe(3);
  });

  it("refuses another office's items, items not public and entries not public", async () => {
    const idea = await createIdea({ institutionId: office.id });
    actAs(official);
    const foreign = await createNewsArticle({ institutionId: otherOffice.id });
    expect((await linkOutcomeAction({ ideaId: idea.id, kind: "NEWS", targetId: foreign.id })).data).toEqual({
      refused: "TARGET_OF_ANOTHER_OFFICE",
    });
    const draft = await createNewsArticle({ institutionId: office.id }, { status: "DRAFT" });
    expect((await linkOutcomeAction({ ideaId: idea.id, kind: "NEWS", targetId: draft.id })).data).toEqual({
      refused: "TARGET_NOT_PUBLIC",
    });
    const noVersion = await createLibraryDocument({ institutionId: office.id });
    expect((await linkOutcomeAction({ ideaId: idea.id, kind: "LIBRARY", targetId: noVersion.id })).data).toEqual({
      refused: "TARGET_NOT_PUBLIC",
    });
    const hidden = await createIdea({ institutionId: office.id, visibility: "HIDDEN" });
    const article = await createNewsArticle({ institutionId: office.id });
    expect((await linkOutcomeAction({ ideaId: hidden.id, kind: "NEWS", targetId: article.id })).data).toEqual({
      refused: "IDEA_NOT_PUBLISHED",
    });
    expect(
      (await linkOutcomeAction({ ideaId: idea.id, kind: "CONSULTATION", targetId: "c".repeat(25) })).serverError,
    ).toBe("NOT_FOUND");
    expect(await db().ideaOutcome.count({ where: { ideaId: { in: [idea.id, hidden.id] } } })).toBe(0);
  });

  it("is unlinked only by the addressee", async () => {
    const idea = await createIdea({ institutionId: office.id });
    const article = await createNewsArticle({ institutionId: office.id });
    actAs(official);
    const linked = await linkOutcomeAction({ ideaId: idea.id, kind: "NEWS", targetId: article.id });
    const outcomeId = linked.data && "linked" in linked.data ? linked.data.linked : "";
    actAs(await createOfficial(otherOffice.id));
    expect((await unlinkOutcomeAction({ outcomeId })).serverError).toBe("FORBIDDEN");
    actAs(await createAdministrator());
    // The platform's channel does not reach an office's entries.
    expect((await unlinkPlatformOutcomeAction({ outcomeId })).serverError).toBe("NOT_FOUND");
    actAs(official);
    expect((await unlinkOutcomeAction({ outcomeId })).data).toEqual({ unlinked: true });
    expect(await db().ideaOutcome.count({ where: { id: outcomeId } })).toBe(0);
  });

  it("lets administrators link the operator's entries to any public item", async () => {
    const idea = await createIdea({ addressee: "OPERATOR" });
    const article = await createNewsArticle({ institutionId: otherOffice.id });
    actAs(official);
    expect((await linkPlatformOutcomeAction({ ideaId: idea.id, kind: "NEWS", targetId: article.id })).serverError).toBe(
      "FORBIDDEN",
    );
    expect((await linkOutcomeAction({ ideaId: idea.id, kind: "NEWS", targetId: article.id })).serverError).toBe(
      "NOT_FOUND",
    );
    actAs(await createAdministrator());
    expect((await linkPlatformOutcomeAction({ ideaId: idea.id, kind: "NEWS", targetId: article.id })).data).toEqual({
      linked: expect.any(String),
    });
  });
});
