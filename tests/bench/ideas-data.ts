// The ideas board at the scale issue 22 asks for `npm run bench`: 20,000
// published entries addressed to the region's offices, with 500,000 supports
// (400,000 of people, spread over 2,000 bench users, and 100,000 of
// organisations of the national directory), their counters consistent with
// the rows. Written by SQL (INSERT … SELECT generate_series), once per bench
// database; rows are marked by their slug and e-mail, so nothing else is
// touched and a second run finds them.
import { performance } from "node:perf_hooks";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { setDatabaseUrl } from "@/lib/env";

export const BENCH_IDEAS = 20_000;
export const BENCH_IDEA_USERS = 2_000;
const ORGANISATIONS = 5_000;
const CHUNK = 2_000;
export const BENCH_IDEA_SLUG = "bench-pomysl-";

const WORDS = (
  "świetlica świetlicy świetlice świetlicach boisko boiska boisku przystanek przystanku autobus autobusu dowóz dowozu " +
  "seniorzy seniorów seniorom młodzież młodzieży dzieci dzieciom rodziny rodzinom biblioteka biblioteki bibliotece " +
  "lokal lokalu sala sali spotkania spotkań wolontariusze wolontariuszy stowarzyszenie stowarzyszenia fundacja fundacji " +
  "dotacja dotacji konkurs konkursu program programu współpraca współpracy gmina gminy powiat powiatu urząd urzędu " +
  "zieleń zieleni park parku ścieżka rowerowa rowerowej remont remontu dach dachu ogrzewanie ogrzewania kultura kultury"
).split(/\s+/);

/** The totals the formulas below give over 20,000 entries. */
export const PERSON_SUPPORTS = 400_000;
export const ORGANISATION_SUPPORTS = 100_000;

export async function ensureBenchIdeas(port: number): Promise<{
  ideas: number;
  person_supports: number;
  organisation_supports: number;
  counters_consistent: boolean;
  created: boolean;
  seed_ms: number;
}> {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    const client = db();
    const started = performance.now();
    const totals = () =>
      Promise.all([
        client.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count FROM "IdeaPersonSupport" s JOIN "Idea" i ON i.id = s."ideaId"
        WHERE i.slug LIKE ${`${BENCH_IDEA_SLUG}%`}`,
        client.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count FROM "IdeaOrganisationSupport" s JOIN "Idea" i ON i.id = s."ideaId"
        WHERE i.slug LIKE ${`${BENCH_IDEA_SLUG}%`}`,
        // Every counter equals its rows.
        client.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count FROM "Idea" i
        WHERE i.slug LIKE ${`${BENCH_IDEA_SLUG}%`}
          AND (i."personSupportCount" <> (SELECT count(*) FROM "IdeaPersonSupport" s WHERE s."ideaId" = i.id)
            OR i."organisationSupportCount" <> (SELECT count(*) FROM "IdeaOrganisationSupport" s WHERE s."ideaId" = i.id))`,
      ]);
    let [[people], [organisations], [mismatched]] = await totals();
    const existing = await client.idea.count({ where: { slug: { startsWith: BENCH_IDEA_SLUG } } });
    // Anything short of the whole data set (a run stopped half-way, an older generator) is generated again.
    const created =
      existing !== BENCH_IDEAS ||
      Number(people?.count) !== PERSON_SUPPORTS ||
      Number(organisations?.count) !== ORGANISATION_SUPPORTS;
    if (created) {
      await seed();
      [[people], [organisations], [mismatched]] = await totals();
    }
    await markRemindersSent();
    return {
      ideas: await client.idea.count({ where: { slug: { startsWith: BENCH_IDEA_SLUG } } }),
      person_supports: Number(people?.count ?? 0),
      organisation_supports: Number(organisations?.count ?? 0),
      counters_consistent: Number(mismatched?.count ?? 1) === 0,
      created,
      seed_ms: created ? Math.round(performance.now() - started) : 0,
    };
  } finally {
    await disconnectDb();
  }
}

/**
 * Two years of entries stand for a platform that has been running that long: the reminders of every
 * deadline already past went out at the time. Without this the worker's first pass sends some 17,000
 * "answer overdue" reminders while the bench measures, and every figure pays for it.
 */
async function markRemindersSent(): Promise<void> {
  await db().$executeRaw`
    UPDATE "Idea" SET "dueReminderAt" = COALESCE("dueReminderAt", "answerDueAt" - interval '3 days'),
                      "overdueReminderAt" = COALESCE("overdueReminderAt", "answerDueAt" + interval '1 day')
    WHERE slug LIKE ${`${BENCH_IDEA_SLUG}%`} AND "answerDueAt" < now() - interval '1 day'
      AND ("dueReminderAt" IS NULL OR "overdueReminderAt" IS NULL)`;
}

async function seed(): Promise<void> {
  const client = db();
  // A half-written earlier run is started over (its supports go with the entries).
  await client.idea.deleteMany({ where: { slug: { startsWith: BENCH_IDEA_SLUG } } });
  await client.$executeRaw`
    INSERT INTO "User" (id, email, name, "emailVerifiedAt", "createdAt", "updatedAt")
    SELECT 'bpu' || lpad(u::text, 17, '0'), 'bench-idea-' || u || '@bench.invalid', 'Mieszkanka Pomiarowa ' || u,
           now(), now() - interval '400 days', now()
    FROM generate_series(1, ${BENCH_IDEA_USERS}::int) AS u
    ON CONFLICT (email) DO NOTHING`;
  const users = (
    await client.user.findMany({
      where: { email: { startsWith: "bench-idea-", endsWith: "@bench.invalid" } },
      orderBy: { email: "asc" },
      select: { id: true },
    })
  ).map((u) => u.id);
  const organisations = (
    await client.organisation.findMany({ orderBy: { id: "asc" }, take: ORGANISATIONS, select: { id: true } })
  ).map((o) => o.id);
  const institutions = (await client.institution.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map(
    (i) => i.id,
  );
  const spheres = (
    await client.publicBenefitSphere.findMany({
      where: { validTo: null },
      orderBy: { code: "asc" },
      select: { id: true },
    })
  ).map((s) => s.id);
  const region = await client.instanceSettings.findUniqueOrThrow({ where: { id: 1 }, select: { regionCode: true } });
  const territories = (
    await client.territory.findMany({
      where: { voivodeshipCode: region.regionCode, code: { not: region.regionCode } },
      orderBy: { code: "asc" },
      select: { code: true },
    })
  ).map((t) => t.code);
  if (users.length < 300 || organisations.length < 20 || institutions.length === 0 || territories.length === 0)
    throw new Error("the ideas bench needs the bench users, the directory, an office and the region's territories");
  const base = Date.now() - 700 * 24 * 3600 * 1000;
  const N = { users: users.length, organisations: organisations.length, institutions: institutions.length };
  for (let from = 1; from <= BENCH_IDEAS; from += CHUNK) {
    const to = Math.min(BENCH_IDEAS, from + CHUNK - 1);
    await client.$transaction(
      async (tx) => {
        // Published over two years; every fifth answered, every seventh without an answer past its deadline.
        await tx.$executeRaw`
          INSERT INTO "Idea" (id, slug, kind, title, body, "authorId", "organisationId", addressee, "institutionId",
                              visibility, status, "publishedAt", "answerDueAt", "firstAnsweredAt", "lastAnsweredAt",
                              "personSupportCount", "organisationSupportCount", "lastActivityAt", "createdAt", "updatedAt")
          SELECT 'bpi' || lpad(i::text, 17, '0'), ${BENCH_IDEA_SLUG} || lpad(i::text, 6, '0'),
                 (ARRAY['NEED','SUGGESTION','TASK_PROPOSAL']::"IdeaKind"[])[1 + i % 3],
                 initcap((${WORDS}::text[])[1 + (i * 7) % ${WORDS.length}]) || ' ' || (${WORDS}::text[])[1 + (i * 13) % ${WORDS.length}] || ' nr ' || i,
                 (SELECT string_agg((${WORDS}::text[])[1 + ((i * 31 + k * 17 + k * k) % ${WORDS.length})], ' ') FROM generate_series(1, 40) AS k) || '.',
                 (${users}::text[])[1 + i % ${N.users}],
                 CASE WHEN i % 2 = 0 THEN (${organisations}::text[])[1 + (i * 17) % ${N.organisations}] END,
                 'INSTITUTION', (${institutions}::text[])[1 + i % ${N.institutions}],
                 'PUBLISHED',
                 CASE WHEN i % 5 = 0 THEN 'UNDER_CONSIDERATION' WHEN i % 23 = 0 THEN 'ACCEPTED' ELSE 'RECEIVED' END::"IdeaStatus",
                 to_timestamp((${base} + i * 3000000::bigint) / 1000.0),
                 to_timestamp((${base} + i * 3000000::bigint) / 1000.0) + interval '30 days',
                 CASE WHEN i % 5 = 0 OR i % 23 = 0 THEN to_timestamp((${base} + i * 3000000::bigint) / 1000.0) + interval '12 days' END,
                 CASE WHEN i % 5 = 0 OR i % 23 = 0 THEN to_timestamp((${base} + i * 3000000::bigint) / 1000.0) + interval '12 days' END,
                 0, 0,
                 to_timestamp((${base} + i * 3000000::bigint) / 1000.0), now(), now()
          FROM generate_series(${from}::int, ${to}::int) AS i`;
        await tx.$executeRaw`
          INSERT INTO "IdeaSphere" ("ideaId", "sphereId")
          SELECT 'bpi' || lpad(i::text, 17, '0'), (${spheres}::text[])[1 + i % ${spheres.length}]
          FROM generate_series(${from}::int, ${to}::int) AS i`;
        await tx.$executeRaw`
          INSERT INTO "IdeaTerritory" ("ideaId", "territoryCode")
          SELECT 'bpi' || lpad(i::text, 17, '0'), (${territories}::text[])[1 + (i * 7) % ${territories.length}]
          FROM generate_series(${from}::int, ${to}::int) AS i`;
        // Supporters of entry i: people i, i+7, i+14… (7 is prime to the users' count, so distinct), organisations
        // likewise by 11; 10–30 people and 0–10 organisations, one more of each for the first entries so the
        // totals come to 400,000 and 100,000.
        await tx.$executeRaw`
          INSERT INTO "IdeaPersonSupport" ("ideaId", "userId", "createdAt")
          SELECT 'bpi' || lpad(i::text, 17, '0'), (${users}::text[])[1 + (i + j * 7) % ${N.users}],
                 to_timestamp((${base} + i * 3000000::bigint + j * 60000) / 1000.0)
          FROM generate_series(${from}::int, ${to}::int) AS i, LATERAL generate_series(0, 9 + i % 21 + (i <= 44)::int) AS j`;
        await tx.$executeRaw`
          INSERT INTO "IdeaOrganisationSupport" ("ideaId", "organisationId", "createdAt")
          SELECT 'bpi' || lpad(i::text, 17, '0'), (${organisations}::text[])[1 + (i * 3 + j * 11) % ${N.organisations}],
                 to_timestamp((${base} + i * 3000000::bigint + j * 90000) / 1000.0)
          FROM generate_series(${from}::int, ${to}::int) AS i, LATERAL generate_series(1, i % 11 + (i <= 7)::int) AS j`;
        // The counters from the rows themselves, in the same transaction.
        await tx.$executeRaw`
          UPDATE "Idea" i SET
            "personSupportCount" = (SELECT count(*) FROM "IdeaPersonSupport" s WHERE s."ideaId" = i.id),
            "organisationSupportCount" = (SELECT count(*) FROM "IdeaOrganisationSupport" s WHERE s."ideaId" = i.id)
          WHERE i.id BETWEEN ${`bpi${String(from).padStart(17, "0")}`} AND ${`bpi${String(to).padStart(17, "0")}`}`;
      },
      { timeout: 600_000 },
    );
  }
  for (const table of ["Idea", "IdeaSphere", "IdeaTerritory", "IdeaPersonSupport", "IdeaOrganisationSupport"])
    await client.$executeRawUnsafe(`ANALYZE "${table}"`);
}
