import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { UploadError } from "@/lib/files/stored-files";
import { answerInvitation, developerInvitations } from "@/lib/library/developers";
import { visibleVersion } from "@/lib/library/files";
import { proposedDocuments } from "@/lib/library/queries";
import { addVersion } from "@/lib/library/mutations";
import { listPublicDocuments } from "@/lib/library/queries";
import { docxFile, polishPdfFile } from "@/tests/factories/document-files";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createActor, createMember, createModerator, createOfficial } from "@/tests/factories/people";
import { drainQueue } from "@/tests/helpers/jobs";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  acceptDocumentAction,
  createDocumentAction,
  rejectDocumentAction,
  updateDocumentAction,
} from "@/lib/library/actions";
import { downloadVersion, uploadVersion } from "@/lib/library/version-handlers";
import { routeContext } from "@/tests/helpers/route-context";

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
let partnerInstitutionId: string;
let organisationId: string;

beforeAll(async () => {
  await createInstanceSettings();
  institutionId = (
    await createInstitution({ name: "Urząd Marszałkowski Testowy", kind: "VOIVODESHIP_OFFICE", territoryCode: "16" })
  ).id;
  partnerInstitutionId = (await createInstitution({ name: "Urząd Gminy Partnerskiej", territoryCode: "1601052" })).id;
  organisationId = (await createOrganisation({ name: "Fundacja Biblioteczna", verifiedAt: new Date() })).id;
  official = await createOfficial(institutionId);
  editor = await createMember(organisationId, "EDITOR");
  moderator = await createModerator();
});

async function create(actor: Actor, steward: string, title: string, overrides: Record<string, unknown> = {}) {
  actAs(actor);
  const created = await createDocumentAction({ steward, ...fields(title, overrides) } as never);
  if (!created.data) throw new Error(JSON.stringify(created));
  return created.data;
}

/** What the moderators' queue shows of the document, as its form sends it back with a decision. */
async function shownInQueue(documentId: string) {
  const item = (await proposedDocuments()).find((d) => d.id === documentId);
  if (!item) throw new Error(`${documentId} is not in the queue`);
  return { documentId, ...item.shown };
}

function versionRequest(bytes: Uint8Array, name: string, issuedOn: string, changeNote = ""): Request {
  const body = new FormData();
  body.set("file", new File([bytes as BlobPart], name));
  body.set("issuedOn", issuedOn);
  body.set("changeNote", changeNote);
  return new Request("http://localhost/api/library/x/versions", { method: "POST", body });
}

describe("the library", () => {
  it("takes officials' documents at once and organisations' as proposals; others may not add", async () => {
    actAs(await createMember(organisationId, "MEMBER"));
    expect(
      (
        await createDocumentAction({
          steward: `organisation:${organisationId}`,
          ...fields("Członek nie dodaje"),
        } as never)
      ).serverError,
    ).toBe("FORBIDDEN");
    actAs(await createActor());
    expect(
      (await createDocumentAction({ steward: "platform", ...fields("Mieszkaniec nie dodaje") } as never)).serverError,
    ).toBe("FORBIDDEN");
    expect((await create(official, `institution:${institutionId}`, "Standard konsultacji społecznych")).proposed).toBe(
      false,
    );
    const proposal = await create(editor, `organisation:${organisationId}`, "Wzór umowy partnerskiej");
    expect(proposal.proposed).toBe(true);
    expect(await db().notificationEvent.count({ where: { subjectId: proposal.id, type: "library.proposed" } })).toBe(1);
    actAs(editor);
    const other = await db().libraryDocument.findFirstOrThrow({ where: { institutionId } });
    expect((await updateDocumentAction({ documentId: other.id, ...fields("Przejęty") } as never)).serverError).toBe(
      "NOT_FOUND",
    );
  });

  it("keeps versions: each upload the next, current one; earlier ones downloadable; a file that is not what it claims is refused", async () => {
    const document = await create(official, `institution:${institutionId}`, "Program współpracy na 2027 rok", {
      kind: "COOPERATION_PROGRAMME",
      developerInstitutionIds: [partnerInstitutionId],
      territoryCodes: ["1601052"],
    });
    // Without a version it is not public yet.
    expect((await listPublicDocuments({ page: 1 })).items.map((d) => d.id)).not.toContain(document.id);

    actAs(official);
    const fake = await uploadVersion(
      versionRequest(new TextEncoder().encode("<html>nie PDF</html>"), "program.pdf", "2026-11-20"),
      routeContext({ id: document.id }),
    );
    expect([fake.status, (await fake.json()).error.code]).toEqual([400, "UNSUPPORTED_TYPE"]);
    const oversized = await uploadVersion(
      versionRequest(new Uint8Array(20 * 1024 * 1024 + 1), "program.pdf", "2026-11-20"),
      routeContext({ id: document.id }),
    );
    expect([oversized.status, (await oversized.json()).error.code]).toEqual([413, "TOO_LARGE"]);
    const badDate = await uploadVersion(
      versionRequest(await polishPdfFile(["x"]), "program.pdf", "20.11.2026"),
      routeContext({ id: document.id }),
    );
    expect((await badDate.json()).error).toEqual({ code: "INVALID", fields: { issuedOn: "libraryIssuedOnInvalid" } });
    const first = await uploadVersion(
      versionRequest(
        await polishPdfFile(["Program współpracy: projekt.", "Priorytety: rewitalizacja obszarów wiejskich."]),
        "program.pdf",
        "2026-11-20",
        "Projekt",
      ),
      routeContext({ id: document.id }),
    );
    expect(await first.json()).toMatchObject({ saved: true, number: 1 });
    const second = await addVersion(
      official,
      document.id,
      { bytes: await docxFile(["Program współpracy: wersja przyjęta uchwałą sejmiku."]), name: "program.docx" },
      { issuedOn: "2026-11-27", changeNote: "Przyjęty uchwałą" },
      { ip: null },
    );
    expect(second.number).toBe(2);
    await expect(
      addVersion(
        editor,
        document.id,
        { bytes: await docxFile(["x"]), name: "x.docx" },
        { issuedOn: "2026-11-27", changeNote: null },
        { ip: null },
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      addVersion(
        official,
        document.id,
        { bytes: new Uint8Array([1, 2, 3]), name: "x.pdf" },
        { issuedOn: "2026-11-27", changeNote: null },
        { ip: null },
      ),
    ).rejects.toEqual(new UploadError("UNSUPPORTED_TYPE"));

    const stored = await db().libraryDocument.findUniqueOrThrow({
      where: { id: document.id },
      include: { versions: { orderBy: { number: "asc" } } },
    });
    expect(stored.currentVersionId).toBe(stored.versions[1]!.id);
    expect(stored.versions.map((v) => [v.number, v.changeNote])).toEqual([
      [1, "Projekt"],
      [2, "Przyjęty uchwałą"],
    ]);
    // Both versions download for everyone, as attachments with the detected type.
    actAs(null);
    const old = await downloadVersion(
      new Request("http://localhost/x"),
      routeContext({ versionId: stored.versions[0]!.id }),
    );
    expect([old.status, old.headers.get("content-type"), old.headers.get("content-disposition")]).toEqual([
      200,
      "application/pdf",
      expect.stringMatching(/^attachment; filename="program.pdf"/),
    ]);

    // Found by words inside its current file once read; words only in an earlier version do not count.
    // Both versions are read by the job (other tests' text jobs may wait in the same queue).
    expect(await drainQueue("library-text")).toBeGreaterThanOrEqual(2);
    expect(
      await db().libraryDocumentVersion.count({ where: { documentId: document.id, textExtractedAt: { not: null } } }),
    ).toBe(2);
    expect((await listPublicDocuments({ q: "uchwala sejmiku", page: 1 })).items.map((d) => d.id)).toEqual([
      document.id,
    ]);
    expect((await listPublicDocuments({ q: "rewitalizacja", page: 1 })).items.map((d) => d.id)).not.toContain(
      document.id,
    );
    // By its title, inflected and without Polish letters; by developer (once the partner office accepts being named), territory and kind.
    expect((await listPublicDocuments({ q: "programu wspolpracy", page: 1 })).items.map((d) => d.id)).toContain(
      document.id,
    );
    expect(
      (await listPublicDocuments({ institutionId: partnerInstitutionId, page: 1 })).items.map((d) => d.id),
    ).toEqual([]);
    const partnerOfficial = await createOfficial(partnerInstitutionId);
    const [invitation] = await developerInvitations(partnerOfficial);
    await answerInvitation(partnerOfficial, invitation!.id, true, { ip: null });
    expect(
      (await listPublicDocuments({ institutionId: partnerInstitutionId, page: 1 })).items.map((d) => d.id),
    ).toEqual([document.id]);
    expect(
      (await listPublicDocuments({ territoryCode: "1601", kind: "COOPERATION_PROGRAMME", page: 1 })).items.map(
        (d) => d.id,
      ),
    ).toEqual([document.id]);
    expect((await listPublicDocuments({ kind: "REPORT", page: 1 })).items.map((d) => d.id)).not.toContain(document.id);
  });

  it("shows organisations' proposals only once a moderator accepts them; a rejected one returns to the moderators when corrected", async () => {
    const proposal = await create(editor, `organisation:${organisationId}`, "Standard wolontariatu w organizacjach", {
      kind: "MODEL_DOCUMENT",
    });
    actAs(moderator);
    expect((await acceptDocumentAction(await shownInQueue(proposal.id))).data).toEqual({ refused: "noVersion" });
    const version = await addVersion(
      editor,
      proposal.id,
      {
        bytes: await docxFile(["Standard wolontariatu: porozumienie, ubezpieczenie, szkolenie."]),
        name: "standard.docx",
      },
      { issuedOn: "2026-11-26", changeNote: null },
      { ip: null },
    );
    expect(await visibleVersion(null, version.id)).toBeNull();
    expect(await visibleVersion(moderator, version.id)).toMatchObject({ isPublic: false });

    actAs(editor);
    expect(
      (await rejectDocumentAction({ ...(await shownInQueue(proposal.id)), reason: "Proszę dodać opis." })).serverError,
    ).toBe("FORBIDDEN");
    actAs(moderator);
    expect(
      (
        await rejectDocumentAction({
          ...(await shownInQueue(proposal.id)),
          reason: "Proszę dodać źródła i datę przyjęcia.",
        })
      ).data,
    ).toEqual({ rejected: true });
    expect(
      await db().notificationEvent.findFirst({ where: { subjectId: proposal.id, type: "library.decided" } }),
    ).toMatchObject({ data: { decision: "rejected", reason: "Proszę dodać źródła i datę przyjęcia." } });
    actAs(editor);
    await updateDocumentAction({
      documentId: proposal.id,
      ...fields("Standard wolontariatu w organizacjach", {
        description:
          "Standard przyjęty przez zarząd fundacji 1 października 2026 r., na podstawie ustawy o wolontariacie.",
      }),
    } as never);
    expect((await db().libraryDocument.findUniqueOrThrow({ where: { id: proposal.id } })).review).toBe("PROPOSED");
    actAs(moderator);
    expect((await acceptDocumentAction(await shownInQueue(proposal.id))).data).toEqual({ accepted: true });
    expect(await visibleVersion(null, version.id)).toMatchObject({ isPublic: true });
    expect((await listPublicDocuments({ organisationId, page: 1 })).items.map((d) => d.id)).toEqual([proposal.id]);
  });
});
