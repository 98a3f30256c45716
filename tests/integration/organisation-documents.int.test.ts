import { db } from "@/lib/db/client";
import { listOrganisationDocuments } from "@/lib/organisations/documents/queries";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createMember } from "@/tests/factories/people";
import { docxFile, pdfFile } from "@/tests/factories/document-files";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { removeOrganisationDocumentAction } from "@/lib/organisations/actions";
import { downloadOrganisationDocument, uploadOrganisationDocument } from "@/lib/organisations/document-handlers";
import { routeContext } from "@/tests/helpers/route-context";

/** The removal's outcome: "removed" or the refusal's code. */
const remove = async (organisationId: string, documentId: string) => {
  const result = await removeOrganisationDocumentAction({ organisationId, documentId });
  return result.data ? "removed" : result.serverError;
};

function upload(organisationId: string, fields: Record<string, string>, bytes: Uint8Array, name = "statut.pdf") {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set("file", new File([bytes as BlobPart], name));
  return uploadOrganisationDocument(
    new Request(`http://localhost/api/organisations/${organisationId}/documents`, { method: "POST", body: form }),
    routeContext({ id: organisationId }),
  );
}

const download = (organisationId: string, documentId: string) =>
  downloadOrganisationDocument(new Request("http://localhost/d"), routeContext({ id: organisationId, documentId }));

let organisationId: string;
beforeAll(async () => {
  await createInstanceSettings();
  organisationId = (await createOrganisation({ name: "Stowarzyszenie Dokumentów" })).id;
});

describe("organisation documents", () => {
  it("are added by editors, listed statute first, downloadable by anyone, recorded in the history and removed", async () => {
    actAs(await createMember(organisationId, "EDITOR"));
    const report = await upload(
      organisationId,
      { kind: "ANNUAL_REPORT", title: "Sprawozdanie merytoryczne", year: "2024" },
      await docxFile(["Sprawozdanie 2024"]),
      "sprawozdanie.docx",
    );
    expect(report.status).toBe(201);
    const statute = await upload(organisationId, { kind: "STATUTE", title: "Statut", year: "" }, pdfFile());
    expect(statute.status).toBe(201);
    const statuteId = ((await statute.json()) as { id: string }).id;

    const listed = await listOrganisationDocuments(organisationId);
    expect(listed.map((d) => [d.kind, d.title, d.year, d.file.kind])).toEqual([
      ["STATUTE", "Statut", null, "pdf"],
      ["ANNUAL_REPORT", "Sprawozdanie merytoryczne", 2024, "docx"],
    ]);

    actAs(null);
    const file = await download(organisationId, statuteId);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="statut\.pdf"/);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdfFile());

    const history = await db().organisationChange.findMany({
      where: { organisationId },
      orderBy: { createdAt: "asc" },
      select: { changes: true },
    });
    expect(history.map((h) => h.changes)).toEqual([
      { documentAdded: { from: null, to: "Sprawozdanie merytoryczne (2024)" } },
      { documentAdded: { from: null, to: "Statut" } },
    ]);

    actAs(await createMember(organisationId, "OWNER"));
    expect(await remove(organisationId, statuteId)).toBe("removed");
    expect((await download(organisationId, statuteId)).status).toBe(404);
    expect(await listOrganisationDocuments(organisationId)).toHaveLength(1);
  });

  it("refuse bad fields and files that are not documents, keeping what is there", async () => {
    actAs(await createMember(organisationId, "OWNER"));
    const before = await listOrganisationDocuments(organisationId);
    const invalid = await upload(organisationId, { kind: "PASSPORT", title: "x", year: "20" }, pdfFile());
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({
      error: {
        code: "INVALID",
        fields: { kind: "documentKindRequired", title: "documentTitleTooShort", year: "documentYearInvalid" },
      },
    });
    const disguised = await upload(
      organisationId,
      { kind: "STATUTE", title: "Statut" },
      new TextEncoder().encode("<html><script>alert(1)</script>"),
      "statut.pdf",
    );
    expect(disguised.status).toBe(400);
    expect(await disguised.json()).toEqual({ error: { code: "UNSUPPORTED_TYPE" } });
    const macros = await upload(
      organisationId,
      { kind: "STATUTE", title: "Statut" },
      await docxFile(["x"], { withMacros: true }),
      "statut.docx",
    );
    expect(macros.status).toBe(400);
    const oversized = await upload(
      organisationId,
      { kind: "STATUTE", title: "Statut" },
      new Uint8Array(20 * 1024 * 1024 + 1),
      "big.pdf",
    );
    expect(oversized.status).toBe(413);
    expect(await listOrganisationDocuments(organisationId)).toEqual(before);
  });

  it("may be changed only by those who edit the organisation, and ids stay within it", async () => {
    actAs(await createMember(organisationId, "OWNER"));
    const created = await upload(organisationId, { kind: "OTHER", title: "Regulamin" }, pdfFile());
    const documentId = ((await created.json()) as { id: string }).id;

    actAs(await createMember(organisationId, "MEMBER"));
    expect((await upload(organisationId, { kind: "OTHER", title: "Regulamin" }, pdfFile())).status).toBe(403);
    expect(await remove(organisationId, documentId)).toBe("FORBIDDEN");

    const other = (await createOrganisation({ name: "Fundacja Cudza" })).id;
    actAs(await createMember(other, "OWNER"));
    // The owner of another organisation names this document under their own organisation: not found.
    expect(await remove(other, documentId)).toBe("NOT_FOUND");
    expect((await download(other, documentId)).status).toBe(404);
    expect(await remove(organisationId, documentId)).toBe("FORBIDDEN");
    actAs(null);
    expect((await upload(organisationId, { kind: "OTHER", title: "Regulamin" }, pdfFile())).status).toBe(401);
    expect((await download(organisationId, documentId)).status).toBe(200);
  });
});
