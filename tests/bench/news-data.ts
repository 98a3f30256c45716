// The news at the scale issue 9 asks `npm run bench` for: 50,000 published
// articles of 500 organisations, in every sphere and gmina of the region,
// three of them featured. Written by SQL in chunks, once per bench database;
// the search index is built after the rows.
import { performance } from "node:perf_hooks";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { setDatabaseUrl } from "@/lib/env";

const ARTICLES = 50_000;
const CHUNK = 5_000;

const WORDS = (
  "szkolenie szkolenia szkoleniu warsztaty warsztatów spotkanie spotkania konkurs konkursu dotacja dotacji nabór naboru wolontariusze wolontariuszy " +
  "seniorzy seniorów młodzież młodzieży dzieci rodziny kultura kultury sport sportu zdrowie zdrowia ekologia przyroda festyn kiermasz koncert " +
  "zbiórka zbiórki akcja akcji projekt projektu program programu współpraca współpracy rada rady gmina gminy powiat powiatu Opole Nysa Brzeg Kluczbork Prudnik Głuchołazy"
).split(/\s+/);

export async function ensureBenchNews(port: number): Promise<{ articles: number; created: boolean; seed_ms: number }> {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    const client = db();
    const existing = await client.newsArticle.count({ where: { id: { startsWith: "bna" } } });
    if (existing >= ARTICLES) return { articles: existing, created: false, seed_ms: 0 };
    const started = performance.now();
    const region = (await client.instanceSettings.findUniqueOrThrow({ where: { id: 1 }, select: { regionCode: true } }))
      .regionCode;
    const organisations = (
      await client.organisation.findMany({ orderBy: { id: "asc" }, take: 500, select: { id: true } })
    ).map((o) => o.id);
    const spheres = (await client.publicBenefitSphere.findMany({ where: { validTo: null }, select: { id: true } })).map(
      (s) => s.id,
    );
    const gminas = (await client.territory.findMany({ where: { voivodeshipCode: region }, select: { code: true } }))
      .map((t) => t.code)
      .filter((code) => code.length === 7);
    const base = Date.now() - 2 * 365 * 24 * 3600 * 1000;
    await client.$executeRawUnsafe(`DROP INDEX IF EXISTS "NewsArticle_searchVector_idx"`);
    for (let from = 1 + existing; from <= ARTICLES; from += CHUNK) {
      const to = Math.min(ARTICLES, from + CHUNK - 1);
      await client.$transaction(
        async (tx) => {
          await tx.$executeRaw`
            INSERT INTO "NewsArticle" (id, slug, kind, status, title, lead, body, "organisationId", "publishedAt", "announcedAt", "reviewedAt", "submittedAt", "createdAt", "updatedAt")
            SELECT 'bna' || lpad(n::text, 17, '0'), 'bench-news-' || n,
                   (ARRAY['NEWS', 'EVENT', 'CALL', 'ANNOUNCEMENT'])[1 + n % 4]::"NewsKind", 'PUBLISHED',
                   initcap((${WORDS}::text[])[1 + (n * 7) % ${WORDS.length}]) || ' i ' || (${WORDS}::text[])[1 + (n * 13) % ${WORDS.length}] || ' nr ' || n,
                   (SELECT string_agg((${WORDS}::text[])[1 + ((n * 31 + k * 7 + k * k) % ${WORDS.length})], ' ') FROM generate_series(1, 20) AS k) || '.',
                   (SELECT string_agg((${WORDS}::text[])[1 + ((n * 17 + k * 11 + k * k) % ${WORDS.length})], ' ') FROM generate_series(1, 120) AS k) || '.',
                   (${organisations}::text[])[1 + n % ${organisations.length}],
                   to_timestamp((${base} + n * 1200000::bigint) / 1000.0), now(), now(), now(), now(), now()
            FROM generate_series(${from}::int, ${to}::int) AS n`;
          await tx.$executeRaw`
            INSERT INTO "NewsArticleSphere" ("articleId", "sphereId")
            SELECT 'bna' || lpad(n::text, 17, '0'), (${spheres}::text[])[1 + n % ${spheres.length}] FROM generate_series(${from}::int, ${to}::int) AS n`;
          await tx.$executeRaw`
            INSERT INTO "NewsArticleTerritory" ("articleId", "territoryCode")
            SELECT 'bna' || lpad(n::text, 17, '0'), (${gminas}::text[])[1 + (n * 7) % ${gminas.length}] FROM generate_series(${from}::int, ${to}::int) AS n`;
        },
        { timeout: 600_000 },
      );
    }
    await client.$executeRawUnsafe(
      `CREATE INDEX "NewsArticle_searchVector_idx" ON "NewsArticle" USING GIN ("searchVector")`,
    );
    await client.$executeRaw`UPDATE "NewsArticle" SET "featuredAt" = now() WHERE id IN ('bna00000000000049998', 'bna00000000000049999', 'bna00000000000050000')`;
    for (const table of ["NewsArticle", "NewsArticleSphere", "NewsArticleTerritory"])
      await client.$executeRawUnsafe(`ANALYZE "${table}"`);
    return { articles: ARTICLES, created: true, seed_ms: Math.round(performance.now() - started) };
  } finally {
    await disconnectDb();
  }
}
