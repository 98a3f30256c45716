import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { pdfFile } from "@/tests/factories/document-files";
import { createOrganisation } from "@/tests/factories/organisations";
import { createMember, createOfficial, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/concurrent-session";
import { drainQueue } from "@/tests/helpers/jobs";
import { routeContext } from "@/tests/helpers/route-context";
import { createSubmittableDraft, currentRevisions, openCompetitionWithLead } from "@/tests/helpers/offer-drafts";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/concurrent-session"));

import { openFormalCheckAction, requestCorrectionAction } from "@/lib/competitions/formal/actions";
import { advanceCorrections } from "@/lib/competitions/formal/lifecycle";
import { formalOfferView } from "@/lib/competitions/formal/queries";
import { canonicalJson } from "@/lib/offers/calc/canonical";
import { saveCorrectionSectionsAction, submitCorrectionAction } from "@/lib/offers/corrections/actions";
import { correctionAutosaveRoute } from "@/lib/offers/corrections/autosave-handler";
import { addOfferAttachment, removeOfferAttachment } from "@/lib/offers/attachments/files";
import { correctionView } from "@/lib/offers/corrections/queries";
import type { OfferDocument, PlanSection } from "@/lib/offers/document/schema";
import { offerSectionKeys } from "@/lib/offers/document/schema";
import { offerStageOf } from "@/lib/offers/status-view";
import { submitOffer } from "@/lib/offers/submission/mutations";
import { versionDocument } from "@/lib/offers/submission/versions";
import { defaultDueDay } from "@/lib/offers/corrections/due";

jest.setTimeout(60_000);

beforeAll(async () => {
  await createInstanceSettings();
});

function as<T>(actor: TestActor | null, call: () => Promise<T>): Promise<T> {
  actAs(actor);
  return call();
}

/** A joint offer submitted, the deadline passed, and a correction of III.4 (the plan) asked for 7 days. */
async function correctionAsked() {
  const { competition, task, lead } = await openCompetitionWithLead();
  const partner = await createOrganisation({ verifiedAt: new Date(), name: "Zielona Odra" });
  const offer = await createSubmittableDraft(task.id, lead.id, [{ id: partner.id, name: partner.name }]);
  const owner = await createMember(lead.id, "OWNER");
  const partnerEditor = await createMember(partner.id, "EDITOR");
  await submitOffer({ offerId: offer.id, revisions: await currentRevisions(offer.id) }, owner, "pl");
  // The deadline just after the submission: the offer came on time, and the check is open.
  await db().$executeRaw`UPDATE "Competition" SET
    "offersDeadline" = (SELECT "submittedAt" FROM "Offer" WHERE id = ${offer.id}) + interval '1 millisecond',
    "offersOpenAt" = clock_timestamp() - interval '2 days'
    WHERE id = ${competition.id}`;
  const official = await createOfficial(competition.institutionId);
  await as(official, () => openFormalCheckAction({ competitionId: competition.id }));
  const asked = await as(official, () =>
    requestCorrectionAction({
      offerId: offer.id,
      sections: ["plan"],
      message: "III.4: rozpisz działania na miesiące.",
      dueOn: defaultDueDay(7, new Date()),
    }),
  );
  expect(asked.data).toHaveProperty("dueAt");
  const v1 = await db().offerVersion.findFirstOrThrow({ where: { offerId: offer.id, number: 1 } });
  return { competition, offer, owner, official, v1, partner, partnerEditor };
}

async function planRow(offerId: string) {
  return db().offerSection.findUniqueOrThrow({ where: { offerId_key: { offerId, key: "plan" } } });
}

function changedPlan(content: unknown): PlanSection {
  const plan = structuredClone(content) as PlanSection;
  const year = Object.keys(plan)[0]!;
  plan[year]![0] = { ...plan[year]![0]!, period: "styczeń–marzec" };
  return plan;
}

describe("a correction", () => {
  it("shows the applicants TO_CORRECT at once and opens the named section from the version", async () => {
    const { offer, owner, partnerEditor, v1 } = await correctionAsked();
    expect(await offerStageOf(offer.id)).toMatchObject({ stage: "TO_CORRECT" });
    const view = await correctionView(offer.id, owner);
    expect(view?.correction.sections).toEqual(["plan"]);
    expect(view?.mayEdit).toBe(true);
    // A co-applicant's editor reads it; the lead answers it.
    expect((await correctionView(offer.id, partnerEditor))?.mayEdit).toBe(false);
    const document = versionDocument(v1.content)!;
    expect(canonicalJson((await planRow(offer.id)).content)).toBe(canonicalJson(document.plan));
    const notice = await db().notificationEvent.findFirstOrThrow({
      where: { type: "offer.formal_result", subjectId: offer.id },
    });
    expect(notice.data).toMatchObject({ status: "TO_CORRECT" });
    // E-mailed to the applicants' owners and editors whatever their settings: it sets a deadline.
    await drainQueue("mail-send");
    for (const person of [owner, partnerEditor]) {
      const mail = await db().devMailboxMessage.findFirst({
        where: { to: person.email, subject: { contains: "korekty" } },
      });
      expect(mail?.text).toContain("III.4: rozpisz działania na miesiące.");
    }
  });

  it("saves only the named sections, on their revisions, and nothing once refused", async () => {
    const { offer, owner, partnerEditor } = await correctionAsked();
    const before = await planRow(offer.id);
    const costs = await db().offerSection.findUniqueOrThrow({
      where: { offerId_key: { offerId: offer.id, key: "costs" } },
    });
    const save = (actor: TestActor, sections: { key: string; baseRevision: number; content: unknown }[]) =>
      as(actor, () => saveCorrectionSectionsAction({ offerId: offer.id, sections: sections as never }));

    const outside = await save(owner, [
      { key: "plan", baseRevision: before.revision, content: changedPlan(before.content) },
      { key: "costs", baseRevision: costs.revision, content: costs.content },
    ]);
    expect(outside.data).toEqual({ refused: "CORRECTION_OUTSIDE_NAMED_PARTS" });
    expect((await planRow(offer.id)).revision).toBe(before.revision);

    expect(
      (await save(partnerEditor, [{ key: "plan", baseRevision: before.revision, content: before.content }]))
        .serverError,
    ).toBe("FORBIDDEN");

    const first = await save(owner, [
      { key: "plan", baseRevision: before.revision, content: changedPlan(before.content) },
    ]);
    expect(first.data).toEqual({ saved: [{ key: "plan", revision: before.revision + 1 }], conflicts: [] });
    // A second tab still on the old revision gets the stored section back as a conflict.
    const second = await save(owner, [{ key: "plan", baseRevision: before.revision, content: before.content }]);
    expect(second.data).toMatchObject({ saved: [], conflicts: [{ key: "plan", revision: before.revision + 1 }] });
  });

  it("is judged by the database's clock at its end", async () => {
    const { offer, owner } = await correctionAsked();
    const row = await planRow(offer.id);
    const save = () =>
      as(owner, () =>
        saveCorrectionSectionsAction({
          offerId: offer.id,
          sections: [{ key: "plan", baseRevision: row.revision, content: row.content }],
        }),
      );
    await db()
      .$executeRaw`UPDATE "CorrectionRequest" SET "dueAt" = clock_timestamp() + interval '1 second' WHERE "offerId" = ${offer.id}`;
    expect((await save()).data).toMatchObject({ saved: [{ key: "plan" }] });
    await db()
      .$executeRaw`UPDATE "CorrectionRequest" SET "dueAt" = clock_timestamp() - interval '1 second' WHERE "offerId" = ${offer.id}`;
    expect((await save()).data).toEqual({ refused: "CORRECTION_DEADLINE_PASSED" });
    expect(
      (
        await as(owner, () =>
          submitCorrectionAction({ offerId: offer.id, revisions: { plan: row.revision + 1 }, locale: "pl" }),
        )
      ).data,
    ).toEqual({ refused: "CORRECTION_DEADLINE_PASSED" });
  });

  it("submits a new version changing only the named part; the earlier version stays byte for byte", async () => {
    const { competition, offer, owner, official, v1 } = await correctionAsked();
    const row = await planRow(offer.id);
    await as(owner, () =>
      saveCorrectionSectionsAction({
        offerId: offer.id,
        sections: [{ key: "plan", baseRevision: row.revision, content: changedPlan(row.content) }],
      }),
    );
    const submit = (revision: number) =>
      as(owner, () => submitCorrectionAction({ offerId: offer.id, revisions: { plan: revision }, locale: "pl" }));
    expect((await submit(row.revision)).data).toEqual({ refused: "STALE_DRAFT" });
    const submitted = await submit(row.revision + 1);
    expect(submitted.data).toMatchObject({ number: 2 });

    const versions = await db().offerVersion.findMany({ where: { offerId: offer.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.number, v.kind])).toEqual([
      [1, "SUBMISSION"],
      [2, "CORRECTION"],
    ]);
    const [first, second] = versions as [(typeof versions)[0], (typeof versions)[0]];
    expect(canonicalJson(first.content)).toBe(canonicalJson(v1.content));
    expect(first.checksum).toBe(v1.checksum);
    expect(second.basedOnVersionId).toBe(v1.id);
    const before = versionDocument(first.content) as OfferDocument;
    const after = versionDocument(second.content) as OfferDocument;
    for (const key of offerSectionKeys(before.template)) {
      if (key === "plan") expect(canonicalJson(after.plan)).not.toBe(canonicalJson(before.plan));
      else expect(canonicalJson(after[key])).toBe(canonicalJson(before[key]));
    }
    const stored = await db().offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(stored.currentVersionId).toBe(second.id);
    expect(stored.submittedAt?.getTime()).toBe(v1.submittedAt.getTime());
    expect(await db().correctionRequest.findFirstOrThrow({ where: { offerId: offer.id } })).toMatchObject({
      status: "ANSWERED",
    });
    expect(await offerStageOf(offer.id)).toEqual({ stage: "UNDER_FORMAL_CHECK" });
    // The official sees what changed.
    const view = await formalOfferView(competition.slug, offer.id, official);
    expect(view?.review.status).toBe("PENDING");
    expect(view?.corrections[0]).toMatchObject({
      status: "ANSWERED",
      fromVersion: 1,
      answerVersion: 2,
      changed: ["plan"],
    });
    expect(
      await db().notificationEvent.count({ where: { type: "offer.correction_submitted", subjectId: offer.id } }),
    ).toBe(1);
    // Answered: nothing more is saved or submitted.
    expect((await submit(row.revision + 1)).data).toEqual({ refused: "NO_OPEN_CORRECTION" });
    // The database keeps the earlier version frozen whatever the code does.
    await expect(
      db().offerVersion.update({ where: { id: v1.id }, data: { content: { tampered: true } } }),
    ).rejects.toThrow();
  });

  it("lapses after its day, reminding the applicants once 48 hours before", async () => {
    const { offer } = await correctionAsked();
    const request = await db().correctionRequest.findFirstOrThrow({ where: { offerId: offer.id } });
    const reminders = () =>
      db().notificationEvent.count({ where: { type: "offer.correction_due", subjectId: offer.id } });
    // Other tests' requests share the database (and the day): this offer's rows are what is looked at.
    await advanceCorrections(new Date(request.dueAt.getTime() - 72 * 3_600_000));
    expect(await reminders()).toBe(0);
    const dayBefore = new Date(request.dueAt.getTime() - 24 * 3_600_000);
    await advanceCorrections(dayBefore);
    expect(await reminders()).toBe(1);
    await advanceCorrections(dayBefore);
    expect(await reminders()).toBe(1);
    await advanceCorrections(new Date(request.dueAt.getTime() - 1));
    expect((await db().correctionRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("OPEN");
    await advanceCorrections(new Date(request.dueAt.getTime() + 1));
    expect(await db().correctionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "LAPSED",
    });
    expect(await db().formalReview.findUniqueOrThrow({ where: { offerId: offer.id } })).toMatchObject({
      status: "PENDING",
    });
    expect(await offerStageOf(offer.id)).toMatchObject({ stage: "CORRECTION_LAPSED" });
  });
});

describe("the correction's beacon route", () => {
  const post = (offerId: string, body: unknown, origin: string | null) =>
    correctionAutosaveRoute(
      new Request(`${env().APP_URL}/api/offers/${offerId}/correction-autosave`, {
        method: "POST",
        headers: { "content-type": "text/plain", ...(origin ? { origin } : {}) },
        body: JSON.stringify(body),
      }),
      routeContext({ id: offerId }),
    );

  it("saves a named section from the site's own page; refuses another origin, a co-applicant and other sections", async () => {
    const { offer, owner, partnerEditor } = await correctionAsked();
    const row = await planRow(offer.id);
    const own = new URL(env().APP_URL).origin;
    const body = { sections: [{ key: "plan", baseRevision: row.revision, content: changedPlan(row.content) }] };
    actAs(null);
    expect((await post(offer.id, body, own)).status).toBe(401);
    actAs(partnerEditor);
    expect((await post(offer.id, body, own)).status).toBe(403);
    actAs(owner);
    expect((await post(offer.id, body, "https://evil.example")).status).toBe(403);
    const costs = { sections: [{ key: "costs", baseRevision: 1, content: { lines: [] } }] };
    const outside = await post(offer.id, costs, own);
    expect(outside.status).toBe(409);
    expect(await outside.json()).toEqual({ error: { code: "CORRECTION_OUTSIDE_NAMED_PARTS" } });
    expect((await planRow(offer.id)).revision).toBe(row.revision);
    const saved = await post(offer.id, body, own);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ saved: [{ key: "plan", revision: row.revision + 1 }], conflicts: [] });
  });
});

describe("a correction naming an attachment", () => {
  it("takes a new file for the named requirement only, and the new version holds it instead of the old one", async () => {
    const { competition, task, lead } = await openCompetitionWithLead();
    const [statute, other] = await Promise.all(
      ["Statut", "Rekomendacje"].map((label, position) =>
        db().attachmentRequirement.create({
          data: { competitionId: competition.id, label, required: false, position },
        }),
      ),
    );
    const offer = await createSubmittableDraft(task.id, lead.id);
    const owner = await createMember(lead.id, "OWNER");
    const file = (name: string) => ({ bytes: pdfFile(name), name: `${name}.pdf` });
    const old = await addOfferAttachment(
      owner,
      offer.id,
      { title: "Statut", requirementId: statute!.id },
      file("stary"),
    );
    await submitOffer({ offerId: offer.id, revisions: await currentRevisions(offer.id) }, owner, "pl");
    await db().$executeRaw`UPDATE "Competition" SET
      "offersDeadline" = (SELECT "submittedAt" FROM "Offer" WHERE id = ${offer.id}) + interval '1 millisecond',
      "offersOpenAt" = clock_timestamp() - interval '2 days'
      WHERE id = ${competition.id}`;
    const official = await createOfficial(competition.institutionId);
    const asked = await as(official, () =>
      requestCorrectionAction({
        offerId: offer.id,
        attachments: [statute!.id],
        message: "Statut bez podpisu: dołącz podpisany.",
        dueOn: defaultDueDay(7, new Date()),
      }),
    );
    expect(asked.data).toHaveProperty("dueAt");

    await expect(
      addOfferAttachment(owner, offer.id, { title: "Rekomendacje", requirementId: other!.id }, file("inne")),
    ).rejects.toMatchObject({ refusal: "CORRECTION_OUTSIDE_NAMED_PARTS" });
    const partner = await createMember((await createOrganisation({ verifiedAt: new Date() })).id, "OWNER");
    await expect(
      addOfferAttachment(partner, offer.id, { title: "Statut", requirementId: statute!.id }, file("obcy")),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The file the office read stays: it belongs to version 1.
    await expect(removeOfferAttachment(owner, offer.id, old.id)).rejects.toMatchObject({
      refusal: "ATTACHMENT_SUBMITTED",
    });
    const added = await addOfferAttachment(
      owner,
      offer.id,
      { title: "Statut podpisany", requirementId: statute!.id },
      file("nowy"),
    );

    const submitted = await as(owner, () => submitCorrectionAction({ offerId: offer.id, revisions: {}, locale: "pl" }));
    expect(submitted.data).toMatchObject({ number: 2 });
    const filesOf = async (number: number) =>
      (
        await db().offerVersionAttachment.findMany({
          where: { version: { offerId: offer.id, number } },
          select: { attachmentId: true },
        })
      ).map((a) => a.attachmentId);
    expect(await filesOf(1)).toEqual([old.id]);
    expect(await filesOf(2)).toEqual([added.id]);
    // Answered: no more files.
    await expect(
      addOfferAttachment(owner, offer.id, { title: "Statut", requirementId: statute!.id }, file("po")),
    ).rejects.toMatchObject({ refusal: "OFFER_NOT_DRAFT" });
  });
});
