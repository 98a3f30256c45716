// The library at the scale issue 9 asks `npm run bench` for: 10,000 public
// documents of the region's institutions, each with a version whose file text
// (as the library-text job would have read it, a few pages of words) is
// searchable, every tenth with a second version. Written by SQL in chunks,
// once per bench database; the files' bytes are not stored (downloads are not
// measured), their records are. The search indexes are built after the rows.
import { performance } from "node:perf_hooks";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { setDatabaseUrl } from "@/lib/env";

const DOCUMENTS = 10_000;
const CHUNK = 2_000;

const WORDS = (
  "program programu współpracy współpraca organizacje organizacjami pozarządowymi samorząd samorządu województwa gminy powiatu standard standardu " +
  "konsultacje konsultacji sprawozdanie sprawozdania uchwała uchwały sejmiku rady zadania zadań publicznych dotacje dotacji konkurs konkursu ofert " +
  "rewitalizacja rewitalizacji obszarów wiejskich seniorów młodzieży rodziny pieczy zastępczej wolontariatu kultury sportu zdrowia ekologii " +
  "priorytety priorytetów cele celu zasady zasad pomocniczości partnerstwa jawności efektywności wskaźniki wskaźników ewaluacja ewaluacji budżet budżetu"
).split(/\s+/);

export async function ensureBenchLibrary(
  port: number,
): Promise<{ documents: number; created: boolean; seed_ms: number }> {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    const client = db();
    const existing = await client.libraryDocument.count({ where: { id: { startsWith: "bld" } } });
    if (existing >= DOCUMENTS) return { documents: existing, created: false, seed_ms: 0 };
    const started = performance.now();
    const region = (await client.instanceSettings.findUniqueOrThrow({ where: { id: 1 }, select: { regionCode: true } }))
      .regionCode;
    const institutions = (await client.institution.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map(
      (i) => i.id,
    );
    const spheres = (await client.publicBenefitSphere.findMany({ where: { validTo: null }, select: { id: true } })).map(
      (s) => s.id,
    );
    const units = (await client.territory.findMany({ where: { voivodeshipCode: region }, select: { code: true } }))
      .map((t) => t.code)
      .filter((code) => code.length >= 4);
    const base = Date.now() - 5 * 365 * 24 * 3600 * 1000;
    await client.$executeRawUnsafe(`DROP INDEX IF EXISTS "LibraryDocument_searchVector_idx"`);
    await client.$executeRawUnsafe(`DROP INDEX IF EXISTS "LibraryDocumentVersion_searchVector_idx"`);
    for (let from = 1 + existing; from <= DOCUMENTS; from += CHUNK) {
      const to = Math.min(DOCUMENTS, from + CHUNK - 1);
      await client.$transaction(
        async (tx) => {
          await tx.$executeRaw`
            INSERT INTO "LibraryDocument" (id, slug, title, description, kind, status, review, "institutionId", "createdAt", "updatedAt")
            SELECT 'bld' || lpad(n::text, 17, '0'), 'bench-dokument-' || n,
                   initcap((${WORDS}::text[])[1 + (n * 7) % ${WORDS.length}]) || ' ' || (${WORDS}::text[])[1 + (n * 11) % ${WORDS.length}] || ' nr ' || n,
                   (SELECT string_agg((${WORDS}::text[])[1 + ((n * 29 + k * 5 + k * k) % ${WORDS.length})], ' ') FROM generate_series(1, 40) AS k) || '.',
                   (ARRAY['STANDARD', 'MODEL_DOCUMENT', 'COOPERATION_PROGRAMME', 'REPORT', 'OTHER'])[1 + n % 5]::"LibraryDocumentKind",
                   (ARRAY['ADOPTED', 'ADOPTED', 'IN_CONSULTATION', 'ARCHIVED', 'DRAFT'])[1 + n % 5]::"LibraryDocumentStatus",
                   'ACCEPTED', (${institutions}::text[])[1 + n % ${institutions.length}],
                   to_timestamp((${base} + n * 15000000::bigint) / 1000.0), to_timestamp((${base} + n * 15000000::bigint) / 1000.0)
            FROM generate_series(${from}::int, ${to}::int) AS n`;
          // One version each, a second for every tenth; their files' records (no bytes: downloads are not measured).
          await tx.$executeRaw`
            INSERT INTO "StoredFile" (id, "storageKey", kind, "contentType", "originalName", size, sha256, "createdAt")
            SELECT 'blf' || lpad(n::text, 17, '0') || '-' || v, 'bench/library-' || n || '-' || v, 'pdf', 'application/pdf', 'dokument-' || n || '.pdf', 150000, repeat('0', 64), now()
            FROM generate_series(${from}::int, ${to}::int) AS n, LATERAL generate_series(1, CASE WHEN n % 10 = 0 THEN 2 ELSE 1 END) AS v`;
          await tx.$executeRaw`
            INSERT INTO "LibraryDocumentVersion" (id, "documentId", number, "fileId", "issuedOn", "createdAt", text, "textExtractedAt")
            SELECT 'blv' || lpad(n::text, 17, '0') || '-' || v, 'bld' || lpad(n::text, 17, '0'), v, 'blf' || lpad(n::text, 17, '0') || '-' || v,
                   to_timestamp((${base} + n * 15000000::bigint) / 1000.0)::date, now(),
                   (SELECT string_agg((${WORDS}::text[])[1 + ((n * 31 + v * 3 + k * 7 + k * k) % ${WORDS.length})], ' ') FROM generate_series(1, 600) AS k) || '.', now()
            FROM generate_series(${from}::int, ${to}::int) AS n, LATERAL generate_series(1, CASE WHEN n % 10 = 0 THEN 2 ELSE 1 END) AS v`;
          await tx.$executeRaw`
            UPDATE "LibraryDocument" d SET "currentVersionId" = 'blv' || substr(d.id, 4) || '-' || CASE WHEN substr(d.id, 4)::int % 10 = 0 THEN 2 ELSE 1 END
            WHERE d.id BETWEEN ${`bld${String(from).padStart(17, "0")}`} AND ${`bld${String(to).padStart(17, "0")}`}`;
          await tx.$executeRaw`
            INSERT INTO "LibraryDocumentSphere" ("documentId", "sphereId")
            SELECT 'bld' || lpad(n::text, 17, '0'), (${spheres}::text[])[1 + n % ${spheres.length}] FROM generate_series(${from}::int, ${to}::int) AS n`;
          await tx.$executeRaw`
            INSERT INTO "LibraryDocumentTerritory" ("documentId", "territoryCode")
            SELECT 'bld' || lpad(n::text, 17, '0'), (${units}::text[])[1 + (n * 3) % ${units.length}] FROM generate_series(${from}::int, ${to}::int) AS n`;
        },
        { timeout: 600_000 },
      );
    }
    await client.$executeRawUnsafe(
      `CREATE INDEX "LibraryDocument_searchVector_idx" ON "LibraryDocument" USING GIN ("searchVector")`,
    );
    await client.$executeRawUnsafe(
      `CREATE INDEX "LibraryDocumentVersion_searchVector_idx" ON "LibraryDocumentVersion" USING GIN ("searchVector")`,
    );
    for (const table of [
      "LibraryDocument",
      "LibraryDocumentVersion",
      "LibraryDocumentSphere",
      "LibraryDocumentTerritory",
    ])
      await client.$executeRawUnsafe(`ANALYZE "${table}"`);
    return { documents: DOCUMENTS, created: true, seed_ms: Math.round(performance.now() - started) };
  } finally {
    await disconnectDb();
  }
}
