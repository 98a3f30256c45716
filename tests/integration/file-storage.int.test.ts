import { db } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { fileStore } from "@/lib/files/store";
import { S3FileStore } from "@/lib/files/s3-store";
import {
  FILE_HOLDER_RELATIONS,
  FILE_HOLDER_TABLES,
  fileResponse,
  storeUpload,
  sweepOrphanFiles,
  UploadError,
} from "@/lib/files/stored-files";
import { createIdea } from "@/tests/factories/ideas";
import { createPerson } from "@/tests/factories/people";
import { docxFile, hugeDocxFile, pdfFile, withDeclaredSize } from "@/tests/factories/document-files";
import { S3_TEST_CREDENTIALS, startS3Server } from "@/tests/helpers/s3-server";

const keep = (bytes: Uint8Array, name = "statut.pdf") =>
  storeUpload(
    { bytes, name, uploadedById: null },
    { accepted: ["pdf", "docx"], maxBytes: 1024 * 1024 },
    async (_tx, file) => file,
  );

describe("stored files on the local disk", () => {
  it("keep what passes the checks, with the kind from the content and a clean name", async () => {
    // Built once: a ZIP records the time it was made, so two builds can differ.
    const docx = await docxFile();
    const file = await keep(docx, "../Regulamin „Żółw”.pdf");
    expect(file).toMatchObject({ kind: "docx", originalName: "Regulamin „Żółw”.docx" });
    const row = await db().storedFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{40}$/);
    expect(await fileStore().get(row.storageKey)).toEqual(docx);
  });

  it("refuse empty, oversized and disguised files, storing nothing", async () => {
    const before = await db().storedFile.count();
    await expect(keep(new Uint8Array())).rejects.toEqual(new UploadError("MISSING"));
    await expect(keep(new Uint8Array(1024 * 1024 + 1))).rejects.toEqual(new UploadError("TOO_LARGE"));
    await expect(keep(new TextEncoder().encode("<script>alert(1)</script>"), "statut.pdf")).rejects.toEqual(
      new UploadError("UNSUPPORTED_TYPE"),
    );
    // A zip bomb: 10 MB of text declared as 2 KB, in an archive of a few kilobytes.
    await expect(
      keep(withDeclaredSize(await hugeDocxFile(10 * 1024 * 1024), "word/document.xml", 2000), "statut.docx"),
    ).rejects.toEqual(new UploadError("ARCHIVE_TOO_LARGE"));
    expect(await db().storedFile.count()).toBe(before);
  });

  it("remove the bytes again when the record that needs them cannot be written", async () => {
    const before = await db().storedFile.count();
    let key = "";
    await expect(
      storeUpload(
        { bytes: pdfFile(), name: "a.pdf", uploadedById: null },
        { accepted: ["pdf"], maxBytes: 1e6 },
        async (tx, file) => {
          key = (await tx.storedFile.findUniqueOrThrow({ where: { id: file.id } })).storageKey;
          throw new Error("the referring record failed");
        },
      ),
    ).rejects.toThrow("the referring record failed");
    expect(await db().storedFile.count()).toBe(before);
    expect(await fileStore().get(key)).toBeNull();
  });

  it("are served as attachments with a safe type, an ETag and the Polish name", async () => {
    const file = await keep(pdfFile(), "Sprawozdanie za 2025 r. – Żółw.pdf");
    const response = await fileResponse(new Request("http://localhost/f"), file.id, "public, max-age=300");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Sprawozdanie za 2025 r.  Zow.pdf"; filename*=UTF-8''${encodeURIComponent("Sprawozdanie za 2025 r. – Żółw.pdf")}`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdfFile());
    const again = await fileResponse(
      new Request("http://localhost/f", { headers: { "if-none-match": response.headers.get("etag")! } }),
      file.id,
      "no-store",
    );
    expect(again.status).toBe(304);
  });

  it("are swept when nothing refers to them a day after upload", async () => {
    const file = await keep(pdfFile());
    const { storageKey } = await db().storedFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(await sweepOrphanFiles(new Date())).toBe(0);
    expect(await sweepOrphanFiles(new Date(Date.now() + 25 * 3600 * 1000))).toBeGreaterThanOrEqual(1);
    expect(await db().storedFile.findUnique({ where: { id: file.id } })).toBeNull();
    expect(await fileStore().get(storageKey)).toBeNull();
  });
});

describe("the sweep of files nothing refers to", () => {
  it("knows every table that holds a stored file", async () => {
    const holders = await db().$queryRaw<{ table: string }[]>`
      SELECT DISTINCT c.conrelid::regclass::text AS table FROM pg_constraint c
      WHERE c.contype = 'f' AND c.confrelid = '"StoredFile"'::regclass`;
    expect(holders.map((row) => row.table.replaceAll('"', "")).sort()).toEqual([...FILE_HOLDER_TABLES].sort());
    // The sweep keeps a file through each reference: as many as there are foreign keys to StoredFile.
    const [foreignKeys] = await db().$queryRaw<{ keys: number }[]>`
      SELECT count(*)::int AS keys FROM pg_constraint c
      WHERE c.contype = 'f' AND c.confrelid = '"StoredFile"'::regclass`;
    expect(FILE_HOLDER_RELATIONS).toHaveLength(foreignKeys!.keys);
  });

  it("keeps an idea's pictures and documents, and lets go of a picture never sent with an entry", async () => {
    const writer = await createPerson();
    const idea = await createIdea({ authorId: writer.id });
    const picture = await keep(pdfFile(), "obraz.pdf");
    const document = await keep(pdfFile(), "zalacznik.pdf");
    const unsent = await keep(pdfFile(), "nie-wyslany.pdf");
    const image = { alt: "Opis", width: 10, height: 10, uploadedById: writer.id };
    await db().ideaImage.create({ data: { ...image, ideaId: idea.id, fileId: picture.id } });
    await db().ideaImage.create({ data: { ...image, ideaId: null, fileId: unsent.id } });
    await db().ideaAttachment.create({ data: { ideaId: idea.id, fileId: document.id, title: "Załącznik" } });
    await sweepOrphanFiles(new Date(Date.now() + 25 * 3600 * 1000));
    expect(await db().storedFile.findUnique({ where: { id: picture.id } })).not.toBeNull();
    expect(await db().ideaImage.count({ where: { ideaId: idea.id } })).toBe(1);
    expect(await db().storedFile.findUnique({ where: { id: document.id } })).not.toBeNull();
    expect(await db().storedFile.findUnique({ where: { id: unsent.id } })).toBeNull();
  });
});

describe("stored files in an S3-compatible store", () => {
  let server: Awaited<ReturnType<typeof startS3Server>>;
  const saved = { ...process.env };
  beforeAll(async () => {
    server = await startS3Server();
    Object.assign(process.env, {
      FILE_STORAGE: "s3",
      S3_ENDPOINT: server.url,
      S3_BUCKET: S3_TEST_CREDENTIALS.bucket,
      S3_REGION: S3_TEST_CREDENTIALS.region,
      S3_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
    });
    resetEnvCache();
  });
  afterAll(async () => {
    process.env = saved;
    resetEnvCache();
    await server.close();
  });

  it("put, read and delete signed objects through the same interface", async () => {
    const file = await keep(pdfFile("S3"));
    const { storageKey } = await db().storedFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(server.objects.get(`/${S3_TEST_CREDENTIALS.bucket}/${storageKey}`)?.contentType).toBe("application/pdf");
    const response = await fileResponse(new Request("http://localhost/f"), file.id, "no-store");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdfFile("S3"));
    await fileStore().delete(storageKey);
    expect(server.objects.size).toBe(0);
    expect(await fileStore().get(storageKey)).toBeNull();
  });

  it("fail loudly when the store refuses the credentials", async () => {
    const wrong = new S3FileStore({
      endpoint: server.url,
      bucket: S3_TEST_CREDENTIALS.bucket,
      region: S3_TEST_CREDENTIALS.region,
      accessKeyId: S3_TEST_CREDENTIALS.accessKeyId,
      secretAccessKey: "not-the-secret",
      pathStyle: true,
    });
    await expect(wrong.put("ab/abcdefghijkl", pdfFile(), "application/pdf")).rejects.toThrow(/403/);
  });
});
