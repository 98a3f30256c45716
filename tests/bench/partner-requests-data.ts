// Partner requests at the scale issue 23 measures `partner-requests` at:
// 2,500 open requests (and 500 closed, expired or hidden ones, which the list
// must skip), posted by organisations of the directory and by offices, with
// spheres, territories, radii and Polish words to search. Written by SQL
// (INSERT … SELECT generate_series), once per bench database; rows are marked
// by their slug, so nothing else is touched and a second run finds them.
import { performance } from "node:perf_hooks";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { setDatabaseUrl } from "@/lib/env";

export const BENCH_OPEN_REQUESTS = 2_500;
const BENCH_GONE_REQUESTS = 500;
export const BENCH_REQUEST_SLUG = "bench-partner-";

const WORDS = (
  "świetlica świetlicy świetlicach seniorzy seniorów seniorom młodzież młodzieży dzieci rodziny kuchnia kuchni " +
  "wolontariusze wolontariuszy festiwal festiwalu kultury niemieckiej czeskiej warsztaty warsztatów ekologia " +
  "ekologiczne sprzęt sprzętu ratownicy ratowników szkolenia szkoleń sołtysi sołtysów sala sali transport dowóz " +
  "projekt projektu konkurs konkursu program współpracy transgranicznej partner partnera oferta wspólna"
).split(/\s+/);
const ROLES = ["CO_APPLICANT", "ACTION_PARTNER", "VOLUNTEERS", "IN_KIND_RESOURCES", "EXPERTISE"];

/** Creates the bench's requests in the database at DATABASE_URL unless they are all there. */
export async function seedBenchPartnerRequests(): Promise<{ open: number; created: boolean; seed_ms: number }> {
  const client = db();
  const started = performance.now();
  const total = BENCH_OPEN_REQUESTS + BENCH_GONE_REQUESTS;
  const existing = await client.partnerRequest.count({ where: { slug: { startsWith: BENCH_REQUEST_SLUG } } });
  const created = existing !== total;
  if (created) await seed(total);
  return {
    open: await client.partnerRequest.count({ where: { slug: { startsWith: BENCH_REQUEST_SLUG }, status: "OPEN" } }),
    created,
    seed_ms: created ? Math.round(performance.now() - started) : 0,
  };
}

export async function ensureBenchPartnerRequests(port: number) {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    return await seedBenchPartnerRequests();
  } finally {
    await disconnectDb();
  }
}

async function seed(total: number): Promise<void> {
  const client = db();
  await client.partnerRequest.deleteMany({ where: { slug: { startsWith: BENCH_REQUEST_SLUG } } });
  const organisations = (
    await client.organisation.findMany({ orderBy: { id: "asc" }, take: 2_000, select: { id: true } })
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
      where: {
        voivodeshipCode: region.regionCode,
        code: { not: region.regionCode },
        kind: { notIn: ["TOWN_PART", "RURAL_PART"] },
      },
      orderBy: { code: "asc" },
      select: { code: true },
    })
  ).map((t) => t.code);
  if (organisations.length === 0 || institutions.length === 0 || territories.length === 0)
    throw new Error("the partner requests bench needs the directory, an office and the region's territories");
  const N = {
    o: organisations.length,
    i: institutions.length,
    t: territories.length,
    s: spheres.length,
    w: WORDS.length,
  };
  // Every 10th posted by an office; every 6th bound to a radius, every 4th to no territory;
  // requests above the open count are closed, expired or hidden, and never listed.
  await client.$executeRaw`
    INSERT INTO "PartnerRequest" (id, slug, title, initiative, roles, "partnerLegalForms", "requiresPublicBenefit",
      "welcomesLocalGovernment", "radiusKm", "neededCompetences", "neededResources", "partnerGives", "partnerGets",
      "repliesCloseOn", "maxPartners", status, visibility, "openedAt", "organisationId", "institutionId",
      "interestCount", "updatedAt")
    SELECT 'bpr' || lpad(i::text, 17, '0'), ${BENCH_REQUEST_SLUG} || lpad(i::text, 5, '0'),
      initcap((${WORDS}::text[])[1 + (i * 7) % ${N.w}]) || ' ' || (${WORDS}::text[])[1 + (i * 13) % ${N.w}] || ' nr ' || i,
      (SELECT string_agg((${WORDS}::text[])[1 + ((i * 31 + k * 17 + k * k) % ${N.w})], ' ') FROM generate_series(1, 60) AS k) || '.',
      ARRAY[(${ROLES}::text[])[1 + i % 5], (${ROLES}::text[])[1 + (i * 3) % 5]]::"PartnerRole"[],
      CASE WHEN i % 3 = 0 THEN ARRAY['FOUNDATION', 'ASSOCIATION']::"LegalForm"[] ELSE ARRAY[]::"LegalForm"[] END,
      i % 5 = 0, i % 4 = 0,
      CASE WHEN i % 6 = 0 THEN 20 + i % 30 END,
      ARRAY['WORK_WITH_SENIORS', 'FUNDRAISING'], ARRAY['KITCHEN'],
      'Pomoc w działaniach', 'Udział w projekcie',
      current_date + (i % 90), 1 + i % 3,
      (CASE WHEN i <= ${BENCH_OPEN_REQUESTS} THEN 'OPEN' WHEN i % 2 = 0 THEN 'CLOSED' ELSE 'EXPIRED' END)::"PartnerRequestStatus",
      (CASE WHEN i > ${BENCH_OPEN_REQUESTS} AND i % 5 = 0 THEN 'HIDDEN' ELSE 'PUBLISHED' END)::"PartnerRequestVisibility",
      now() - (i % 90) * interval '1 day',
      CASE WHEN i % 10 <> 0 THEN (${organisations}::text[])[1 + (i * 11) % ${N.o}] END,
      CASE WHEN i % 10 = 0 THEN (${institutions}::text[])[1 + i % ${N.i}] END,
      i % 7, now()
    FROM generate_series(1, ${total}::int) AS i`;
  await client.$executeRaw`
    INSERT INTO "PartnerRequestSphere" ("requestId", "sphereId")
    SELECT DISTINCT 'bpr' || lpad(i::text, 17, '0'), (${spheres}::text[])[1 + (i * j) % ${N.s}]
    FROM generate_series(1, ${total}::int) AS i, generate_series(1, 2) AS j`;
  await client.$executeRaw`
    INSERT INTO "PartnerRequestTerritory" ("requestId", "territoryCode")
    SELECT DISTINCT 'bpr' || lpad(i::text, 17, '0'), (${territories}::text[])[1 + (i * 7 + j * 3) % ${N.t}]
    FROM generate_series(1, ${total}::int) AS i, generate_series(1, 1 + i % 2) AS j
    WHERE i % 4 <> 0 AND i % 6 <> 0`;
  for (const table of ["PartnerRequest", "PartnerRequestSphere", "PartnerRequestTerritory"])
    await client.$executeRawUnsafe(`ANALYZE "${table}"`);
}
