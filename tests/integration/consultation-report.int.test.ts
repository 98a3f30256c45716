import JSZip from "jszip";
import { db } from "@/lib/db/client";
import { answerRemarks, correctAnswer } from "@/lib/consultations/answers/mutations";
import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { submitRemark, withdrawRemark } from "@/lib/consultations/remarks/mutations";
import { publishReport, ReportRuleError, requestReport } from "@/lib/consultations/report/mutations";
import { reportFileId } from "@/lib/consultations/report/queries";
import { consultationFields } from "@/tests/factories/consultations";
import { fileStore } from "@/lib/files/store";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { drainQueue } from "@/tests/helpers/jobs";
import { createMember, createPerson } from "@/tests/factories/people";
import { actAs, signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { downloadReport, exportRemarks } from "@/lib/consultations/download-handlers";
import { handleProtocolDownload } from "@/lib/elections/protocol-handlers";
import { routeContext } from "@/tests/helpers/route-context";
import { GENERATED_FILES } from "@/lib/http/generated-files";
import { rateLimitKey } from "@/lib/security/rate-limit";

const DAY = 24 * 3600 * 1000;

async function documentText(docx: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
  return xml.replace(/<w:br\/>/g, "\n").replace(/<[^>]+>/g, "");
}

async function storedBytes(fileId: string): Promise<Uint8Array> {
  const file = await db().storedFile.findUniqueOrThrow({ where: { id: fileId } });
  return (await fileStore().get(file.storageKey))!;
}

describe("the consultation report", () => {
  it("is made from the record after the end, lists every remark with its decision, and freezes everything once published", async () => {
    await createInstanceSettings();
    const institution = await createInstitution({ name: "Gmina Sprawozdawcza", territoryCode: "1609032" });
    const officialUser = await createPerson({ name: "Urzędniczka", institutions: [{ id: institution.id }] });
    const official = { userId: officialUser.id, ip: null };
    const organisation = await createOrganisation({ name: "Stowarzyszenie „Żółw” z Łąki", verifiedAt: new Date() });
    const author = await createMember(organisation.id, "MEMBER", { name: "Łucja Źdźbło" });

    const start = new Date(Date.now() - 60_000);
    const fields = consultationFields({
      title: "Konsultacje programu współpracy na 2027 rok",
      kind: "COOPERATION_PROGRAMME",
      summary: "Program współpracy z organizacjami pozarządowymi.",
      legalBasis: "art. 5a ust. 1 ustawy o działalności pożytku publicznego",
      startsAt: start,
      endsAt: new Date(start.getTime() + 14 * DAY),
      meetingPlace: "Sala sesyjna",
      sourceText: "## 1. Cel główny\n\nWzmacnianie organizacji.\n\n## 2. Zasady\n\nPomocniczość i jawność.",
    });
    const { id } = await createConsultation(institution.id, fields, official);
    await publishConsultation(id, official);
    const units = await db().consultationUnit.findMany({ where: { consultationId: id }, orderBy: { position: "asc" } });
    const remark = (unitId: string | null, proposedWording: string, justification: string) =>
      submitRemark(
        author,
        {
          consultationId: id,
          unitId,
          actingFor: organisation.id,
          currentWording: null,
          proposedWording,
          justification,
        },
        { ip: null },
      );
    const first = await remark(units[1]!.id, "Wzmacnianie i wspieranie organizacji.", "Słowo „wspieranie” oddaje cel.");
    const second = await remark(null, "", "Brakuje wskaźników oceny programu.");
    const withdrawn = await remark(units[3]!.id, "Pomocniczość, jawność i partnerstwo.", "Zmieniłam zdanie.");
    await withdrawRemark(author, withdrawn.id, { ip: null });

    await expect(requestReport(id, official)).rejects.toEqual(new ReportRuleError("NOT_CLOSED"));
    const afterEnd = new Date(start.getTime() + 14 * DAY + 1000);
    await requestReport(id, official, afterEnd);
    expect(await drainQueue("consultation-report")).toBe(1);
    let report = await db().consultationReport.findUniqueOrThrow({ where: { consultationId: id } });
    expect(report.state).toBe("READY");
    expect(report.figures).toMatchObject({ remarks: 2, withdrawn: 1, organisations: 1, persons: 1, unanswered: 2 });

    const pdf = await storedBytes(report.pdfFileId!);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    // The Polish-capable font is embedded (a subset named after DejaVu Sans).
    expect(Buffer.from(pdf).toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    const text = await documentText(await storedBytes(report.docxFileId!));
    expect(text).toContain("Sprawozdanie z konsultacji");
    expect(text).toContain("Stowarzyszenie „Żółw” z Łąki");
    expect(text).toContain("Wzmacnianie i wspieranie organizacji.");
    expect(text).toContain("Brakuje wskaźników oceny programu.");
    expect(text).not.toContain("Zmieniłam zdanie.");
    expect(text).toContain("bez stanowiska");

    // Unpublished: only the officials see it.
    actAs(null);
    expect((await downloadReport(new Request(`http://localhost/r?format=pdf`), routeContext({ id }))).status).toBe(404);
    await signInAs(officialUser);
    expect(
      (await downloadReport(new Request(`http://localhost/r?format=docx`), routeContext({ id }))).headers.get(
        "content-type",
      ),
    ).toBe(FILE_DOCX);

    await expect(publishReport(id, official, afterEnd)).rejects.toEqual(new ReportRuleError("UNANSWERED"));
    // Before the report, remarks are answered, not corrected.
    await expect(
      correctAnswer(
        official,
        {
          consultationId: id,
          remarkId: first.id,
          decision: "ACCEPTED",
          reason: "",
          why: "Nie ma jeszcze sprawozdania.",
        },
        afterEnd,
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const answeredAt = new Date(afterEnd.getTime() + 60_000);
    await answerRemarks(
      official,
      { consultationId: id, remarkIds: [first.id], decision: "ACCEPTED", reason: "" },
      answeredAt,
    );
    await answerRemarks(
      official,
      { consultationId: id, remarkIds: [second.id], decision: "NOT_ACCEPTED", reason: "Wskaźniki określa rozdział 9." },
      answeredAt,
    );
    await expect(publishReport(id, official, answeredAt)).rejects.toEqual(new ReportRuleError("STALE"));
    const regenerated = new Date(answeredAt.getTime() + 60_000);
    await requestReport(id, official, regenerated);
    await drainQueue("consultation-report");
    // The job stamps its own time; make it later than the answers for this controlled clock.
    await db().consultationReport.update({ where: { consultationId: id }, data: { generatedAt: regenerated } });
    report = await db().consultationReport.findUniqueOrThrow({ where: { consultationId: id } });
    const final = await documentText(await storedBytes(report.docxFileId!));
    expect(final).toContain("uwzględniona");
    expect(final).toContain("Wskaźniki określa rozdział 9.");
    expect(report.figures).toMatchObject({ accepted: 1, notAccepted: 1, unanswered: 0 });
    // Only the latest files remain.
    expect(
      await db().storedFile.count({ where: { originalName: { startsWith: "sprawozdanie-konsultacje-programu" } } }),
    ).toBe(2);

    await publishReport(id, official, regenerated);
    expect((await db().consultation.findUniqueOrThrow({ where: { id } })).status).toBe("REPORT_PUBLISHED");
    expect(await reportFileId(id, "pdf", false)).toBe(report.pdfFileId);
    actAs(null);
    const publicPdf = await downloadReport(new Request(`http://localhost/r?format=pdf`), routeContext({ id }));
    expect([publicPdf.status, publicPdf.headers.get("content-disposition")]).toEqual([
      200,
      expect.stringMatching(/^attachment; filename="sprawozdanie-konsultacje-programu/),
    ]);
    const csv = await (await exportRemarks(new Request(`http://localhost/r?format=csv`), routeContext({ id }))).text();
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(3);
    expect(csv).toContain("nieuwzględniona");
    // Frozen: no more answers, remarks or edits.
    await expect(
      answerRemarks(
        official,
        { consultationId: id, remarkIds: [first.id], decision: "NOT_ACCEPTED", reason: "Zmiana." },
        regenerated,
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(
      await db().notificationEvent.count({ where: { type: "consultation.report_published", subjectId: id } }),
    ).toBe(1);

    // A published answer is corrected only with a reason, kept with who and what it was; the report is made again.
    await expect(
      correctAnswer(
        official,
        {
          consultationId: id,
          remarkId: first.id,
          decision: "NOT_ACCEPTED",
          reason: "Pomyłka.",
          why: "Zbyt krótki powód",
        },
        regenerated,
      ),
    ).resolves.toBeUndefined();
    const correction = await db().remarkCorrection.findFirstOrThrow({ where: { remarkId: first.id } });
    expect(correction).toMatchObject({
      previousDecision: "ACCEPTED",
      decision: "NOT_ACCEPTED",
      why: "Zbyt krótki powód",
      correctedByName: "Urzędniczka",
    });
    expect((await db().remark.findUniqueOrThrow({ where: { id: first.id } })).decision).toBe("NOT_ACCEPTED");
    expect(await drainQueue("consultation-report")).toBe(1);
    const corrected = await db().consultationReport.findUniqueOrThrow({ where: { consultationId: id } });
    expect([corrected.state, corrected.publishedAt]).toEqual(["READY", report.publishedAt ?? expect.any(Date)]);
    expect(await documentText(await storedBytes(corrected.docxFileId!))).toContain(
      "Korekty stanowisk po publikacji sprawozdania",
    );
    expect(await db().auditEvent.count({ where: { action: "remark.answer_corrected", subjectId: first.id } })).toBe(1);

    // The published report is in the library with a link back; the corrected one is its second version, the first kept.
    const filed = await db().libraryDocument.findFirstOrThrow({
      where: { consultationId: id },
      include: { versions: { orderBy: { number: "asc" } } },
    });
    expect(filed).toMatchObject({
      kind: "CONSULTATION_REPORT",
      status: "ADOPTED",
      review: "ACCEPTED",
      institutionId: institution.id,
      title: "Sprawozdanie z konsultacji: Konsultacje programu współpracy na 2027 rok",
    });
    expect(filed.versions.map((v) => v.fileId)).toEqual([report.pdfFileId, corrected.pdfFileId]);
    expect(filed.currentVersionId).toBe(filed.versions[1]!.id);
    expect(await storedBytes(report.pdfFileId!)).toBeTruthy();
    // Both versions' texts are read by the job (other tests' jobs may wait in the same queue).
    expect(await drainQueue("library-text")).toBeGreaterThanOrEqual(2);
    const read = await db().libraryDocumentVersion.findMany({
      where: { documentId: filed.id },
      orderBy: { number: "asc" },
      select: { text: true },
    });
    expect(read.map((v) => v.text?.includes("Sprawozdanie z konsultacji"))).toEqual([true, true]);
  });
});

const FILE_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("files made on request for anyone", () => {
  it("are rate limited per client before anything is generated: remarks exports and election protocols", async () => {
    const institution = await createInstitution({ name: "Gmina Eksportowa", territoryCode: "1601052" });
    const officialUser = await createPerson({ name: "Urzędnik", institutions: [{ id: institution.id }] });
    const official = { userId: officialUser.id, ip: null };
    const start = new Date(Date.now() - 60_000);
    const { id } = await createConsultation(
      institution.id,
      consultationFields({
        title: "Konsultacje do pobrania",
        kind: "DOCUMENT",
        summary: "Uwagi do pobrania.",
        startsAt: start,
        endsAt: new Date(start.getTime() + 14 * DAY),
        sourceText: "Treść.",
      }),
      official,
    );
    await publishConsultation(id, official);
    actAs(null);
    const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });
    const busy = "203.0.113.7";
    // The client has used up its budget of generated files.
    await db().rateLimitBucket.create({
      data: { key: rateLimitKey(GENERATED_FILES, busy), count: GENERATED_FILES.limit, windowStart: new Date() },
    });

    for (const format of ["csv", "xlsx"]) {
      const refused = await exportRemarks(
        new Request(`http://localhost/r?format=${format}`, from(busy)),
        routeContext({ id }),
      );
      expect([refused.status, refused.headers.get("retry-after"), await refused.json()]).toEqual([
        429,
        expect.stringMatching(/^\d+$/),
        { error: { code: "RATE_LIMITED" } },
      ]);
    }
    const protocol = await handleProtocolDownload(new Request("http://localhost/p", from(busy)), {
      params: Promise.resolve({ id: "nieistniejacewybory000000" }),
    });
    expect(protocol.status).toBe(429);

    // Another client is served.
    expect(
      (await exportRemarks(new Request("http://localhost/r?format=xlsx", from("198.51.100.2")), routeContext({ id })))
        .status,
    ).toBe(200);
    expect(
      (
        await handleProtocolDownload(new Request("http://localhost/p", from("198.51.100.2")), {
          params: Promise.resolve({ id: "nieistniejacewybory000000" }),
        })
      ).status,
    ).toBe(404);
    expect(
      (await db().rateLimitBucket.findUniqueOrThrow({ where: { key: rateLimitKey(GENERATED_FILES, "198.51.100.2") } }))
        .count,
    ).toBe(2);
  });
});
