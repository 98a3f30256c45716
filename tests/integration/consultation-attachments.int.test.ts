import { db } from "@/lib/db/client";
import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { consultationFields } from "@/tests/factories/consultations";
import { createInstitution } from "@/tests/factories/institutions";
import { createInstanceSettings } from "@/tests/factories/settings";
import { hugeDocxFile, odtFile, pdfFile, withDeclaredSize } from "@/tests/factories/document-files";
import { createOfficial, createPerson } from "@/tests/factories/people";
import { actAs, signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { removeConsultationAttachmentAction } from "@/lib/consultations/actions";
import {
  downloadAttachment as downloadAttachmentRoute,
  uploadAttachment,
} from "@/lib/consultations/attachment-handlers";
import { routeContext } from "@/tests/helpers/route-context";
import { attachmentTimeline } from "@/lib/consultations/queries";

const DAY = 24 * 3600 * 1000;

const downloadAttachment = (request: Request, id: string, attachmentId: string) =>
  downloadAttachmentRoute(request, routeContext({ id, attachmentId }));
/** The removal's outcome: "removed", a rule's refusal or the error's code. */
const deleteAttachment = async (consultationId: string, attachmentId: string) => {
  const result = await removeConsultationAttachmentAction({ consultationId, attachmentId });
  if (result.data) return "refused" in result.data ? result.data.refused : "removed";
  return result.serverError;
};

function upload(id: string, title: string, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.set("title", title);
  form.set("file", new File([bytes as BlobPart], name));
  return uploadAttachment(
    new Request(`http://localhost/api/consultations/${id}/attachments`, { method: "POST", body: form }),
    routeContext({ id }),
  );
}

describe("consultation attachments", () => {
  it("are added by the organiser's officials, checked by content, hidden while a draft, and downloadable once announced", async () => {
    await createInstanceSettings();
    const institution = await createInstitution({ name: "Gmina Załącznikowa", territoryCode: "1609032" });
    const official = await createOfficial(institution.id, "OFFICIAL", { name: "Urzędnik" });
    const start = new Date(Date.now() + DAY);
    const fields = consultationFields({
      title: "Konsultacje z załącznikami",
      kind: "DOCUMENT",
      summary: "Dokument do konsultacji z uzasadnieniem.",
      startsAt: start,
      endsAt: new Date(start.getTime() + 14 * DAY),
      sourceText: "Treść dokumentu.",
    });
    const { id } = await createConsultation(institution.id, fields, { userId: official.id, ip: null });

    actAs(official);
    const created = await upload(id, "Projekt w PDF", pdfFile("Projekt"), "projekt.pdf");
    expect(created.status).toBe(201);
    const attachmentId = ((await created.json()) as { id: string }).id;
    expect((await upload(id, "Uzasadnienie", await odtFile(), "uzasadnienie.odt")).status).toBe(201);
    const disguised = await upload(id, "Opinia", new TextEncoder().encode("<script>alert(1)</script>"), "opinia.pdf");
    expect([disguised.status, await disguised.json()]).toEqual([400, { error: { code: "UNSUPPORTED_TYPE" } }]);
    const bomb = await upload(
      id,
      "Projekt spakowany",
      withDeclaredSize(await hugeDocxFile(100_000), "word/document.xml", 10),
      "projekt.docx",
    );
    expect([bomb.status, await bomb.json()]).toEqual([400, { error: { code: "ARCHIVE_TOO_LARGE" } }]);
    expect((await upload(id, "x", pdfFile(), "x.pdf")).status).toBe(400);

    // A draft's documents are the officials' only.
    actAs(null);
    expect((await downloadAttachment(new Request("http://localhost/a"), id, attachmentId)).status).toBe(404);
    expect((await upload(id, "Opinia rady", pdfFile(), "opinia.pdf")).status).toBe(401);
    actAs(official);
    await publishConsultation(id, { userId: official.id, ip: null });
    actAs(null);
    const downloaded = await downloadAttachment(new Request("http://localhost/a"), id, attachmentId);
    expect([
      downloaded.status,
      downloaded.headers.get("content-type"),
      downloaded.headers.get("content-disposition"),
    ]).toEqual([200, "application/pdf", expect.stringMatching(/^attachment; filename="projekt\.pdf"/)]);

    // Another institution's official cannot remove it, even naming it.
    const other = await createInstitution({ name: "Gmina Obca", territoryCode: "1607053" });
    const stranger = await createPerson({ name: "Obcy", institutions: [{ id: other.id }] });
    await signInAs(stranger);
    expect(await deleteAttachment(id, attachmentId)).toBe("FORBIDDEN");
    // Published, the documents people read are kept: not even their office removes them.
    actAs(official);
    expect(await deleteAttachment(id, attachmentId)).toBe("ATTACHMENTS_FROZEN");
    expect((await downloadAttachment(new Request("http://localhost/a"), id, attachmentId)).status).toBe(200);
    expect(await db().consultationAttachment.count({ where: { consultationId: id } })).toBe(2);
  });

  it("are removed freely in a draft; once published a later one is added in the open with a timeline entry, and after the end nothing changes; every change is in the audit log", async () => {
    const institution = await createInstitution({ name: "Gmina Śladów", territoryCode: "1601052" });
    const user = await createPerson({ name: "Urzędniczka", institutions: [{ id: institution.id }] });
    await signInAs(user);
    const start = new Date(Date.now() - 60_000);
    const { id } = await createConsultation(
      institution.id,
      consultationFields({
        title: "Konsultacje ze śladem",
        kind: "DOCUMENT",
        summary: "Dokument do konsultacji.",
        startsAt: start,
        endsAt: new Date(start.getTime() + 14 * DAY),
        sourceText: "Treść.",
      }),
      { userId: user.id, ip: null },
    );
    const idOf = async (answer: Response) => ((await answer.json()) as { id: string }).id;
    const draftOnly = await idOf(await upload(id, "Wersja robocza", pdfFile("Robocza"), "robocza.pdf"));
    const original = await idOf(await upload(id, "Projekt uchwały", pdfFile("Projekt"), "projekt.pdf"));
    expect(await deleteAttachment(id, draftOnly)).toBe("removed");
    await publishConsultation(id, { userId: user.id, ip: null });
    expect(await attachmentTimeline(id)).toEqual([]);

    // Open: a correction is added, and the page's timeline says so.
    const correction = await upload(id, "Erratum do projektu", pdfFile("Erratum"), "erratum.pdf");
    expect(correction.status).toBe(201);
    const correctionId = await idOf(correction);
    expect(await attachmentTimeline(id)).toEqual([
      { id: correctionId, title: "Erratum do projektu", createdAt: expect.any(Date) },
    ]);
    expect(await deleteAttachment(id, correctionId)).toBe("ATTACHMENTS_FROZEN");

    // Closed: nothing is added or removed.
    await db().consultation.update({ where: { id }, data: { endsAt: new Date(Date.now() - 1000) } });
    const late = await upload(id, "Dokument po terminie", pdfFile("Późny"), "pozny.pdf");
    expect([late.status, await late.json()]).toEqual([409, { error: { code: "CONSULTATION_CLOSED" } }]);
    expect(await deleteAttachment(id, original)).toBe("CONSULTATION_CLOSED");
    expect(
      (
        await db().consultationAttachment.findMany({ where: { consultationId: id }, orderBy: { createdAt: "asc" } })
      ).map((a) => a.title),
    ).toEqual(["Projekt uchwały", "Erratum do projektu"]);

    const audit = await db().auditEvent.findMany({
      where: {
        subjectType: "Consultation",
        subjectId: id,
        action: { in: ["consultation.attachment_added", "consultation.attachment_removed"] },
      },
      orderBy: { id: "asc" },
    });
    expect(
      audit.map((event) => [
        event.action,
        event.actorUserId,
        event.actingForInstitutionId,
        (event.details as { title: string }).title,
        (event.details as { sha256: string }).sha256,
      ]),
    ).toEqual([
      [
        "consultation.attachment_added",
        user.id,
        institution.id,
        "Wersja robocza",
        expect.stringMatching(/^[0-9a-f]{64}$/),
      ],
      [
        "consultation.attachment_added",
        user.id,
        institution.id,
        "Projekt uchwały",
        expect.stringMatching(/^[0-9a-f]{64}$/),
      ],
      [
        "consultation.attachment_removed",
        user.id,
        institution.id,
        "Wersja robocza",
        expect.stringMatching(/^[0-9a-f]{64}$/),
      ],
      [
        "consultation.attachment_added",
        user.id,
        institution.id,
        "Erratum do projektu",
        expect.stringMatching(/^[0-9a-f]{64}$/),
      ],
    ]);
  });
});

describe("consultation attachment uploads", () => {
  it("refuse a chunked body without Content-Length once it passes the limit, without reading it whole", async () => {
    const institution = await createInstitution({ name: "Gmina Strumieniowa", territoryCode: "1661011" });
    const user = await createPerson({ name: "Urzędnik", institutions: [{ id: institution.id }] });
    await signInAs(user);
    const start = new Date(Date.now() + DAY);
    const { id } = await createConsultation(
      institution.id,
      consultationFields({
        title: "Konsultacje z dużym plikiem",
        kind: "DOCUMENT",
        summary: "Dokument do konsultacji.",
        startsAt: start,
        endsAt: new Date(start.getTime() + 14 * DAY),
        sourceText: "Treść.",
      }),
      { userId: user.id, ip: null },
    );
    const boundary = "----granica";
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\n`,
    );
    const chunk = new Uint8Array(256 * 1024).fill(0x20);
    const total = 100 * 1024 * 1024;
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = pulled === 0 ? head : chunk;
        if (pulled >= total) return controller.close();
        pulled += next.length;
        controller.enqueue(next);
      },
    });
    const request = new Request(`http://localhost/api/consultations/${id}/attachments`, {
      method: "POST",
      headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: "half",
    } as RequestInit);
    const answer = await uploadAttachment(request, routeContext({ id }));
    expect([answer.status, await answer.json()]).toEqual([413, { error: { code: "TOO_LARGE" } }]);
    // The 20 MB limit and a little more, not the 100 MB sent.
    expect(pulled).toBeLessThan(21 * 1024 * 1024);
    expect(await db().consultationAttachment.count({ where: { consultationId: id } })).toBe(0);
  });
});
