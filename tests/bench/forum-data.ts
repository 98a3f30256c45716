// The forum at the scale issue 8 asks for `npm run bench`: 1,000,000 posts in
// 20,000 threads, one of them 5,000 posts long, in a category open to
// visitors (so the bench reads it without signing in). Written by SQL in
// chunks (the ORM would take hours), once per bench database; the search
// index is built after the rows, which is far faster than keeping it up to
// date row by row.
import { performance } from "node:perf_hooks";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { setDatabaseUrl } from "@/lib/env";

export const BENCH_FORUM_SLUG = "bench-forum";
const THREADS = 20_000;
const CHUNK = 1_000;

// Words of NGO and grant talk in several forms, so searches meet inflection as people write it.
const WORDS = (
  "dotacja dotacji dotacje dotacjami oferta oferty ofert ofercie konkurs konkursu konkursie konkursów sprawozdanie sprawozdania sprawozdaniu " +
  "wolontariusz wolontariusze wolontariuszy wolontariat wolontariatu stowarzyszenie stowarzyszenia stowarzyszeń fundacja fundacji fundacje " +
  "gmina gminy gminie powiat powiatu województwo województwa urząd urzędu urzędnik urzędnicy program programu współpraca współpracy " +
  "projekt projektu projekty projektów budżet budżetu kosztorys kosztorysu wkład wkładu własny własnego osobowy osobowego rzeczowy " +
  "seniorzy seniorów seniorami młodzież młodzieży dzieci dzieciom rodziny rodzinom kultura kultury sport sportu zdrowie zdrowia ekologia " +
  "szkolenie szkolenia szkoleniu spotkanie spotkania termin terminu umowa umowy umowie rozliczenie rozliczenia faktura faktury " +
  "księgowość księgowej zarząd zarządu statut statutu walne zebranie członkowie członków składka składki rada rady opinia opinii " +
  "pytanie pytania odpowiedź odpowiedzi pomoc pomocy dziękuję proszę wiem myślę warto trzeba można należy jutro wczoraj dzisiaj Opole Nysa Brzeg Kluczbork"
).split(/\s+/);

export async function ensureBenchForum(
  port: number,
): Promise<{ threads: number; posts: number; created: boolean; seed_ms: number }> {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    const client = db();
    const existing = await client.forumCategory.findUnique({
      where: { slug: BENCH_FORUM_SLUG },
      select: { threadCount: true, postCount: true },
    });
    if (existing) return { threads: existing.threadCount, posts: existing.postCount, created: false, seed_ms: 0 };
    const started = performance.now();
    const author = await client.user.upsert({
      where: { email: "bench-forum@bench.invalid" },
      create: { email: "bench-forum@bench.invalid", name: "Uczestniczka Forum", emailVerifiedAt: new Date() },
      update: {},
      select: { id: true },
    });
    const category = await client.forumCategory.create({
      data: {
        slug: BENCH_FORUM_SLUG,
        name: { pl: "Forum pomiarowe", en: "Benchmark forum", de: "Messforum" },
        description: {
          pl: "Milion wpisów do pomiarów wydajności.",
          en: "A million posts for benchmarks.",
          de: "Eine Million Beiträge für Messungen.",
        },
        position: 1000,
        access: "SIGNED_IN",
        openToPublic: true,
      },
      select: { id: true },
    });
    await client.$executeRawUnsafe(`DROP INDEX IF EXISTS "ForumPost_searchVector_idx"`);
    const base = Date.now() - 400 * 24 * 3600 * 1000;
    for (let from = 1; from <= THREADS; from += CHUNK) {
      const to = Math.min(THREADS, from + CHUNK - 1);
      await client.$transaction(
        async (tx) => {
          await tx.$executeRaw`
            INSERT INTO "ForumThread" (id, "categoryId", title, "authorId", "postCount", "lastPostAt", "createdAt", "updatedAt")
            SELECT 'bft' || lpad(t::text, 17, '0'), ${category.id},
                   'Wątek nr ' || t || ': ' || (${WORDS}::text[])[1 + (t * 7) % ${WORDS.length}] || ' i ' || (${WORDS}::text[])[1 + (t * 13) % ${WORDS.length}],
                   ${author.id},
                   CASE WHEN t = 1 THEN 5000 WHEN t <= 15050 THEN 50 ELSE 49 END,
                   to_timestamp((${base} + t * 1000000::bigint) / 1000.0), to_timestamp((${base} + t * 1000000::bigint) / 1000.0), now()
            FROM generate_series(${from}::int, ${to}::int) AS t`;
          await tx.$executeRaw`
            INSERT INTO "ForumPost" (id, "threadId", number, "authorId", body, "createdAt")
            SELECT 'bfp' || t || 'n' || n, 'bft' || lpad(t::text, 17, '0'), n, ${author.id},
                   (SELECT string_agg((${WORDS}::text[])[1 + ((t * 31 + n * 17 + k * 7 + k * k) % ${WORDS.length})], ' ') FROM generate_series(1, 14) AS k) || '.',
                   to_timestamp((${base} + t * 1000000::bigint + n * 1000) / 1000.0)
            FROM generate_series(${from}::int, ${to}::int) AS t,
                 LATERAL generate_series(1, CASE WHEN t = 1 THEN 5000 WHEN t <= 15050 THEN 50 ELSE 49 END) AS n`;
        },
        { timeout: 600_000 },
      );
    }
    await client.$executeRawUnsafe(
      `CREATE INDEX "ForumPost_searchVector_idx" ON "ForumPost" USING GIN ("searchVector")`,
    );
    await client.$executeRaw`
      UPDATE "ForumThread" t SET "lastPostAt" = p.last FROM (SELECT "threadId", max("createdAt") AS last FROM "ForumPost" WHERE "threadId" LIKE 'bft%' GROUP BY "threadId") p WHERE p."threadId" = t.id`;
    const posts = await client.forumPost.count({ where: { thread: { categoryId: category.id } } });
    await client.forumCategory.update({
      where: { id: category.id },
      data: { threadCount: THREADS, postCount: posts, lastPostAt: new Date() },
    });
    await client.$executeRawUnsafe(`ANALYZE "ForumPost"`);
    await client.$executeRawUnsafe(`ANALYZE "ForumThread"`);
    return { threads: THREADS, posts, created: true, seed_ms: Math.round(performance.now() - started) };
  } finally {
    await disconnectDb();
  }
}
