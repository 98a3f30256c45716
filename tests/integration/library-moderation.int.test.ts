// Trust in the library (issue 19): what organisations change in an accepted
// document waits for a moderator, only the platform files consultation
// reports, and co-developers are named with their consent.
import type { Actor } from "@/lib/auth/permissions";
import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { db } from "@/lib/db/client";
import { visibleVersion } from "@/lib/library/files";
import { proposedDocuments } from "@/lib/library/queries";
import { addVersion } from "@/lib/library/mutations";
import { consultationChoices, documentBySlug, documentForEditing, listPublicDocuments } from "@/lib/library/queries";
import { consultationFields } from "@/tests/factories/consultations";
import { docxFile } from "@/tests/factories/document-files";
import { drainQueue } from "@/tests/helpers/jobs";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createLibraryDocument } from "@/tests/factories/library";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createMember, createModerator, createOfficial } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  acceptDocumentAction,
  answerDeveloperInvitationAction,
  createDocumentAction,
  rejectDocumentAction,
  updateDocumentAction,
} from "@/lib/library/actions";
import { developerInvitations } from "@/lib/library/developers";

const fields = (title: string, overrides: Record<string, unknown> = {}) => ({
  title,
  description: "Dokument wypracowany wspólnie przez organizacje i samorząd.",
  kind: "STANDARD",
  status: "ADOPTED",
  consultationId: "",
  sphereIds: [] as string[],
  territoryCodes: [] as string[],
  developerInstitutionIds: [] as string[],
  developerOrganisationIds: [] as string[],
  ...overrides,
});

let official: Actor;
let editor: Actor;
let moderator: Actor;
let institutionId: string;
let organisationId: string;
let consultationId: string;

beforeAll(async () => {
  await createInstanceSettings();
  institutionId = (await createInstitution({ name: "Urząd Miasta Zaufania", territoryCode: "1661011" })).id;
  organisationId = (await createOrganisation({ name: "Stowarzyszenie Rzetelne", verifiedAt: new Date() })).id;
  official = await createOfficial(institutionId);
  editor = await createMember(organisationId, "EDITOR");
  moderator = await createModerator();
  const consultationActor = { userId: official.id, ip: null };
  const consultation = await createConsultation(
    institutionId,
    consultationFields({ title: "Konsultacje regulaminu konkursu" }),
    consultationActor,
  );
  await publishConsultation(consultation.id, consultationActor);
  consultationId = consultation.id;
});

async function create(actor: Actor, steward: string, title: string, overrides: Record<string, unknown> = {}) {
  actAs(actor);
  const created = await createDocumentAction({ steward, ...fields(title, overrides) } as never);
  if (!created.data) throw new Error(JSON.stringify(created));
  return created.data;
}

describe("the consultation report's place in the library", () => {
  it("a library document cannot be created or edited with kind consultation report", async () => {
    for (const actor of [official, editor]) {
      actAs(actor);
      const steward = actor === official ? `institution:${institutionId}` : `organisation:${organisationId}`;
      const refused = await createDocumentAction({
        steward,
        ...fields("Sprawozdanie z konsultacji (podrobione)", { kind: "CONSULTATION_REPORT", consultationId }),
      } as never);
      expect(refused.data).toBeUndefined();
      expect(refused.validationErrors).toMatchObject({ kind: { _errors: ["libraryKindRequired"] } });
    }
    expect(await db().libraryDocument.count({ where: { kind: "CONSULTATION_REPORT" } })).toBe(0);

    const document = await create(official, `institution:${institutionId}`, "Regulamin konkursu ofert");
    actAs(official);
    const edited = await updateDocumentAction({
      documentId: document.id,
      ...fields("Regulamin konkursu ofert", { kind: "CONSULTATION_REPORT", consultationId }),
    } as never);
    expect(edited.validationErrors).toMatchObject({ kind: { _errors: ["libraryKindRequired"] } });
    expect(await db().libraryDocument.findUniqueOrThrow({ where: { id: document.id } })).toMatchObject({
      kind: "STANDARD",
    });
  });

  it("links a document to a consultation only for the office that held it", async () => {
    actAs(editor);
    const claimed = await createDocumentAction({
      steward: `organisation:${organisationId}`,
      ...fields("Dokument z cudzych konsultacji", { consultationId }),
    } as never);
    expect(claimed.validationErrors).toMatchObject({ consultationId: { _errors: ["notFound"] } });
    const otherInstitutionId = (await createInstitution({ name: "Urząd Gminy Obcej", territoryCode: "1601062" })).id;
    const otherOfficial = await createOfficial(otherInstitutionId);
    actAs(otherOfficial);
    const foreign = await createDocumentAction({
      steward: `institution:${otherInstitutionId}`,
      ...fields("Dokument z konsultacji innego urzędu", { consultationId }),
    } as never);
    expect(foreign.validationErrors).toMatchObject({ consultationId: { _errors: ["notFound"] } });
    const own = await create(official, `institution:${institutionId}`, "Projekt regulaminu konkursu po konsultacjach", {
      consultationId,
    });
    expect(await db().libraryDocument.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ consultationId });
  });

  it("keeps a link made before this rule when the organisation edits its document, offering it in the form, without letting it choose another", async () => {
    // Linked to the office's consultation before links were limited to the office that held it.
    const older = await createLibraryDocument(
      { organisationId },
      {
        title: "Wnioski z konsultacji",
        description: "Nasze wnioski.",
        kind: "STANDARD",
        review: "PROPOSED",
        consultationId,
      },
    );
    actAs(editor);
    expect((await consultationChoices(editor, older.consultationId)).map((choice) => choice.id)).toEqual([
      consultationId,
    ]);
    expect(await consultationChoices(editor)).toEqual([]);
    const edited = await updateDocumentAction({
      documentId: older.id,
      ...fields("Wnioski z konsultacji regulaminu", { consultationId }),
    } as never);
    expect(edited.validationErrors).toBeUndefined();
    expect(await db().libraryDocument.findUniqueOrThrow({ where: { id: older.id } })).toMatchObject({
      consultationId,
      title: "Wnioski z konsultacji regulaminu",
    });
    const otherConsultation = await db().consultation.create({
      data: {
        slug: "inne-konsultacje",
        institutionId,
        title: "Inne",
        kind: "DOCUMENT",
        summary: "S",
        startsAt: new Date(),
        endsAt: new Date(Date.now() + 86_400_000),
        status: "OPEN",
        publishedAt: new Date(),
      },
    });
    const moved = await updateDocumentAction({
      documentId: older.id,
      ...fields("Wnioski z konsultacji regulaminu", { consultationId: otherConsultation.id }),
    } as never);
    expect(moved.validationErrors).toMatchObject({ consultationId: { _errors: ["notFound"] } });
  });

  it("keeps a filed report's kind and consultation link when its office edits the description", async () => {
    // As lib/library/mutations.ts fileConsultationReport files it.
    const report = await createLibraryDocument(
      { institutionId },
      {
        title: "Sprawozdanie z konsultacji: regulamin",
        description: "Sprawozdanie z przebiegu konsultacji regulaminu konkursu.",
        kind: "CONSULTATION_REPORT",
        consultationId,
      },
    );
    actAs(official);
    const edited = await updateDocumentAction({
      documentId: report.id,
      ...fields("Sprawozdanie z konsultacji: regulamin konkursu", { kind: "CONSULTATION_REPORT", consultationId: "" }),
    } as never);
    expect(edited.validationErrors).toBeUndefined();
    expect(await db().libraryDocument.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      kind: "CONSULTATION_REPORT",
      consultationId,
      title: "Sprawozdanie z konsultacji: regulamin konkursu",
    });
    const retyped = await updateDocumentAction({
      documentId: report.id,
      ...fields("Sprawozdanie z konsultacji: regulamin konkursu", { kind: "STANDARD", consultationId }),
    } as never);
    expect(retyped.validationErrors).toBeUndefined();
    expect(await db().libraryDocument.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      kind: "CONSULTATION_REPORT",
      consultationId,
    });
  });
});

describe("changes to an accepted document", () => {
  it("an accepted document's new version and text stay private until accepted; the public page still shows the accepted version", async () => {
    const proposal = await create(editor, `organisation:${organisationId}`, "Standard współpracy z wolontariuszami", {
      kind: "MODEL_DOCUMENT",
    });
    const first = await addVersion(
      editor,
      proposal.id,
      { bytes: await docxFile(["Standard: porozumienie i ubezpieczenie."]), name: "standard.docx" },
      { issuedOn: "2026-11-20", changeNote: null },
      { ip: null },
    );
    actAs(moderator);
    expect((await acceptDocumentAction(await shownInQueue(proposal.id))).data).toEqual({ accepted: true });

    // The organisation rewrites the text and adds a version.
    actAs(editor);
    const rewritten = fields("Standard przejęty bez zgody", {
      description: "Zupełnie inna treść, której nikt nie sprawdził: reklama.",
    });
    expect((await updateDocumentAction({ documentId: proposal.id, ...rewritten } as never)).data).toEqual({
      slug: proposal.slug,
    });
    const second = await addVersion(
      editor,
      proposal.id,
      { bytes: await docxFile(["Reklama zamiast standardu."]), name: "standard.docx" },
      { issuedOn: "2026-11-27", changeNote: "Nowa wersja" },
      { ip: null },
    );
    await drainQueue("library-text");

    // The public keeps the accepted state: page, list, search, downloads.
    const shown = (await documentBySlug(proposal.slug))!;
    expect(shown).toMatchObject({
      title: "Standard współpracy z wolontariuszami",
      review: "ACCEPTED",
      currentVersion: { id: first.id },
    });
    expect(shown.versions.map((v) => v.id)).toEqual([first.id]);
    expect((await listPublicDocuments({ q: "reklama", page: 1 })).items.map((d) => d.id)).not.toContain(proposal.id);
    expect((await listPublicDocuments({ q: "wolontariuszami", page: 1 })).items.map((d) => d.id)).toContain(
      proposal.id,
    );
    expect(await visibleVersion(null, second.id)).toBeNull();
    expect(await visibleVersion(null, first.id)).toMatchObject({ isPublic: true });
    expect(await visibleVersion(editor, second.id)).toMatchObject({ isPublic: false });

    // The owner sees the pending change and its state; the moderators have it in their queue.
    const editing = (await documentForEditing(proposal.id))!;
    expect(editing).toMatchObject({
      changeReview: "PROPOSED",
      pendingFields: { title: "Standard przejęty bez zgody" },
    });
    expect(editing.versions.find((v) => v.id === second.id)).toMatchObject({ review: "PROPOSED" });
    const queued = (await proposedDocuments()).find((d) => d.id === proposal.id);
    expect(queued).toMatchObject({
      change: { title: "Standard przejęty bez zgody" },
      unreviewed: [expect.objectContaining({ id: second.id })],
    });
    expect(
      await db().notificationEvent.count({ where: { subjectId: proposal.id, type: "library.proposed" } }),
    ).toBeGreaterThanOrEqual(2);

    // Rejected: nothing public changes, the writer is told and may correct it.
    actAs(moderator);
    expect(
      (await rejectDocumentAction({ ...(await shownInQueue(proposal.id)), reason: "To nie jest standard." })).data,
    ).toEqual({ rejected: true });
    expect(
      await db().notificationEvent.findFirst({
        where: { subjectId: proposal.id, type: "library.decided" },
        orderBy: { createdAt: "desc" },
      }),
    ).toMatchObject({ data: { decision: "rejected", reason: "To nie jest standard." } });
    expect((await documentBySlug(proposal.slug))!).toMatchObject({
      title: "Standard współpracy z wolontariuszami",
      review: "ACCEPTED",
      currentVersion: { id: first.id },
    });
    expect(await documentForEditing(proposal.id)).toMatchObject({
      changeReview: "REJECTED",
      changeNote: "To nie jest standard.",
    });
    expect(await visibleVersion(null, second.id)).toBeNull();

    // Corrected and accepted: now public.
    actAs(editor);
    await updateDocumentAction({
      documentId: proposal.id,
      ...fields("Standard współpracy z wolontariuszami, wydanie 2", {
        description: "Standard uzupełniony o szkolenia bezpieczeństwa.",
      }),
    } as never);
    const third = await addVersion(
      editor,
      proposal.id,
      { bytes: await docxFile(["Standard: wydanie drugie."]), name: "standard.docx" },
      { issuedOn: "2026-11-28", changeNote: "Wydanie 2" },
      { ip: null },
    );
    actAs(moderator);
    expect((await acceptDocumentAction(await shownInQueue(proposal.id))).data).toEqual({ accepted: true });
    const accepted = (await documentBySlug(proposal.slug))!;
    expect(accepted).toMatchObject({
      title: "Standard współpracy z wolontariuszami, wydanie 2",
      currentVersion: { id: third.id },
    });
    expect(accepted.versions.map((v) => v.id)).toEqual([third.id, first.id]);
    expect(await visibleVersion(null, second.id)).toBeNull();
    expect(await documentForEditing(proposal.id)).toMatchObject({ changeReview: null, pendingFields: null });
  });

  it("an office's change to its own document is public at once", async () => {
    const document = await create(official, `institution:${institutionId}`, "Program współpracy gminy");
    const first = await addVersion(
      official,
      document.id,
      { bytes: await docxFile(["Program."]), name: "program.docx" },
      { issuedOn: "2026-11-20", changeNote: null },
      { ip: null },
    );
    actAs(official);
    await updateDocumentAction({ documentId: document.id, ...fields("Program współpracy gminy na 2027 rok") } as never);
    const second = await addVersion(
      official,
      document.id,
      { bytes: await docxFile(["Program przyjęty."]), name: "program.docx" },
      { issuedOn: "2026-11-27", changeNote: null },
      { ip: null },
    );
    const shown = (await documentBySlug(document.slug))!;
    expect(shown).toMatchObject({ title: "Program współpracy gminy na 2027 rok", currentVersion: { id: second.id } });
    expect(shown.versions.map((v) => v.id)).toEqual([second.id, first.id]);
  });
});

/** What the moderators' queue shows of the document, as its form sends it back with a decision. */
async function shownInQueue(documentId: string) {
  const item = (await proposedDocuments()).find((d) => d.id === documentId);
  if (!item) throw new Error(`${documentId} is not in the queue`);
  return { documentId, ...item.shown };
}

describe("a decision covers only what the moderator saw", () => {
  const upload = async (actor: Actor, documentId: string, words: string, issuedOn: string) =>
    addVersion(
      actor,
      documentId,
      { bytes: await docxFile([words]), name: "plik.docx" },
      { issuedOn, changeNote: null },
      { ip: null },
    );

  it("a version uploaded beside the one the moderator opened is listed too, and never becomes public unless it was shown and accepted", async () => {
    const proposal = await create(editor, `organisation:${organisationId}`, "Regulamin grantów sąsiedzkich");
    const first = await upload(editor, proposal.id, "Regulamin grantów.", "2026-11-01");
    actAs(moderator);
    expect((await acceptDocumentAction(await shownInQueue(proposal.id))).data).toEqual({ accepted: true });

    const objectionable = await upload(
      editor,
      proposal.id,
      "Treść, której nikt nie powinien opublikować.",
      "2026-11-05",
    );
    const benign = await upload(editor, proposal.id, "Regulamin grantów, wydanie poprawione.", "2026-11-06");
    const queued = await shownInQueue(proposal.id);
    expect(queued.versionIds.sort()).toEqual([objectionable.id, benign.id].sort());

    // A form that showed only the newest version (as the queue did) is refused; nothing is published.
    actAs(moderator);
    expect((await acceptDocumentAction({ ...queued, versionIds: [benign.id] })).data).toEqual({ refused: "stale" });
    expect(await visibleVersion(null, objectionable.id)).toBeNull();
    expect(await visibleVersion(null, benign.id)).toBeNull();
    expect((await documentBySlug(proposal.slug))!.versions.map((v) => v.id)).toEqual([first.id]);

    // Shown both, the moderator accepts both.
    expect((await acceptDocumentAction(queued)).data).toEqual({ accepted: true });
    const accepted = (await documentBySlug(proposal.slug))!;
    expect(accepted.versions.map((v) => v.id)).toEqual([benign.id, objectionable.id, first.id]);
    expect(accepted.currentVersion).toMatchObject({ id: benign.id });
  });

  it("a version added to a proposal not yet accepted waits for the moderator too", async () => {
    const proposal = await create(editor, `organisation:${organisationId}`, "Zasady wolontariatu akcyjnego");
    const first = await upload(editor, proposal.id, "Zasady wolontariatu.", "2026-11-01");
    expect(await db().libraryDocumentVersion.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      review: "PROPOSED",
    });
    actAs(moderator);
    const seen = await shownInQueue(proposal.id);
    expect(seen.versionIds).toEqual([first.id]);

    // Added after the moderator opened the queue: the acceptance is refused, nothing becomes public.
    const later = await upload(editor, proposal.id, "Treść dodana po otwarciu kolejki.", "2026-11-02");
    actAs(moderator);
    expect((await acceptDocumentAction(seen)).data).toEqual({ refused: "stale" });
    expect(await db().libraryDocument.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      review: "PROPOSED",
    });
    expect(await visibleVersion(null, first.id)).toBeNull();
    expect(await visibleVersion(null, later.id)).toBeNull();

    const again = await shownInQueue(proposal.id);
    expect(again.versionIds.sort()).toEqual([first.id, later.id].sort());
    expect((await acceptDocumentAction(again)).data).toEqual({ accepted: true });
    expect((await documentBySlug(proposal.slug))!.versions.map((v) => v.id)).toEqual([later.id, first.id]);
  });

  it("a change rewritten after the moderator opened it is neither accepted nor rejected; the current one is", async () => {
    const proposal = await create(editor, `organisation:${organisationId}`, "Karta praw mieszkańców");
    await upload(editor, proposal.id, "Karta praw.", "2026-11-01");
    actAs(moderator);
    expect((await acceptDocumentAction(await shownInQueue(proposal.id))).data).toEqual({ accepted: true });

    actAs(editor);
    await updateDocumentAction({ documentId: proposal.id, ...fields("Karta praw mieszkańców, wydanie 2") } as never);
    const proposedAt = (await db().libraryDocument.findUniqueOrThrow({ where: { id: proposal.id } })).changeProposedAt!;
    const seen = await shownInQueue(proposal.id);
    // The organisation replaces the change the moderator is reading.
    await new Promise((resolve) => setTimeout(resolve, 5));
    actAs(editor);
    await updateDocumentAction({
      documentId: proposal.id,
      ...fields("Reklama zamiast karty", { description: "Treść podmieniona po otwarciu kolejki przez moderację." }),
    } as never);
    expect(
      (await db().libraryDocument.findUniqueOrThrow({ where: { id: proposal.id } })).changeProposedAt!.getTime(),
    ).toBeGreaterThan(proposedAt.getTime());

    actAs(moderator);
    expect((await acceptDocumentAction(seen)).data).toEqual({ refused: "stale" });
    expect((await rejectDocumentAction({ ...seen, reason: "Proszę poprawić." })).data).toEqual({ refused: "stale" });
    expect(await db().libraryDocument.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      title: "Karta praw mieszkańców",
      changeReview: "PROPOSED",
      pendingFields: expect.objectContaining({ title: "Reklama zamiast karty" }),
    });

    expect((await rejectDocumentAction({ ...(await shownInQueue(proposal.id)), reason: "To reklama." })).data).toEqual({
      rejected: true,
    });
    expect(await db().libraryDocument.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      title: "Karta praw mieszkańców",
      changeReview: "REJECTED",
      changeNote: "To reklama.",
    });
  });
});

describe("naming co-developers", () => {
  it("a named co-developer is not shown publicly before consenting; they accept or decline, and whoever named them is told", async () => {
    const partnerOrganisationId = (await createOrganisation({ name: "Fundacja Partnerska", verifiedAt: new Date() }))
      .id;
    const partnerInstitutionId = (
      await createInstitution({ name: "Starostwo Powiatowe Partnerskie", territoryCode: "1601" })
    ).id;
    const partnerOwner = await createMember(partnerOrganisationId, "OWNER");
    const partnerOfficial = await createOfficial(partnerInstitutionId);
    const stranger = await createMember(organisationId, "OWNER");

    const document = await create(
      official,
      `institution:${institutionId}`,
      "Wspólny program współpracy powiatu i gminy",
      {
        developerInstitutionIds: [institutionId, partnerInstitutionId],
        developerOrganisationIds: [partnerOrganisationId],
      },
    );
    await addVersion(
      official,
      document.id,
      { bytes: await docxFile(["Program."]), name: "program.docx" },
      { issuedOn: "2026-11-20", changeNote: null },
      { ip: null },
    );

    // Publicly only the office the official acts for; the others are invited.
    const named = (d: { developers: { institution: { id: string } | null; organisation: { id: string } | null }[] }) =>
      d.developers.map((x) => x.institution?.id ?? x.organisation?.id).sort();
    expect(named((await documentBySlug(document.slug))!)).toEqual([institutionId]);
    expect(
      (await listPublicDocuments({ organisationId: partnerOrganisationId, page: 1 })).items.map((d) => d.id),
    ).not.toContain(document.id);
    expect(
      (await listPublicDocuments({ institutionId: partnerInstitutionId, page: 1 })).items.map((d) => d.id),
    ).not.toContain(document.id);
    // The document's editors see who is invited.
    const editing = (await documentForEditing(document.id))!;
    expect(editing.developers.map((d) => [d.institutionId ?? d.organisationId, d.acceptedAt === null]).sort()).toEqual(
      [
        [institutionId, false],
        [partnerInstitutionId, true],
        [partnerOrganisationId, true],
      ].sort(),
    );
    const invited = await db().notificationEvent.findMany({
      where: { subjectId: document.id, type: "library.codeveloper" },
    });
    expect(invited.map((e) => e.data)).toEqual(
      expect.arrayContaining([expect.objectContaining({ decision: "invited" })]),
    );
    expect(invited).toHaveLength(2);

    // Only the named party answers.
    const invitations = await developerInvitations(partnerOwner);
    expect(invitations.map((i) => i.document.id)).toEqual([document.id]);
    expect(await developerInvitations(stranger)).toEqual([]);
    actAs(stranger);
    expect((await answerDeveloperInvitationAction({ developerId: invitations[0]!.id, accept: true })).serverError).toBe(
      "NOT_FOUND",
    );

    actAs(partnerOwner);
    expect((await answerDeveloperInvitationAction({ developerId: invitations[0]!.id, accept: true })).data).toEqual({
      answered: true,
    });
    actAs(partnerOfficial);
    const [institutionInvitation] = await developerInvitations(partnerOfficial);
    expect(
      (await answerDeveloperInvitationAction({ developerId: institutionInvitation!.id, accept: false })).data,
    ).toEqual({ answered: true });
    expect(named((await documentBySlug(document.slug))!)).toEqual([institutionId, partnerOrganisationId].sort());
    expect(
      (await listPublicDocuments({ organisationId: partnerOrganisationId, page: 1 })).items.map((d) => d.id),
    ).toContain(document.id);
    const answers = await db().notificationEvent.findMany({
      where: {
        subjectId: document.id,
        type: "library.codeveloper",
        audience: { path: ["users"], array_contains: [official.id] },
      },
    });
    expect(answers.map((e) => (e.data as { decision: string }).decision).sort()).toEqual(["accepted", "declined"]);

    // Saving the document again keeps the consent given.
    actAs(official);
    await updateDocumentAction({
      documentId: document.id,
      ...fields("Wspólny program współpracy powiatu i gminy", {
        developerInstitutionIds: [institutionId],
        developerOrganisationIds: [partnerOrganisationId],
      }),
    } as never);
    expect(named((await documentBySlug(document.slug))!)).toEqual([institutionId, partnerOrganisationId].sort());
  });
});
