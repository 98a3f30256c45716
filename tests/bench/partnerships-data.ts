// Partnership matching at national scale for `npm run bench` (issue 23):
// partnership profiles for the 150,000 organisations of the national
// directory (about 60 % open, a few offered and needed codes each, past
// projects for one in ten), 1,000 open partner requests, the request whose
// suggestions page the bench measures (by the demo NGO representative's
// organisation), and an evaluation set: EVAL_REQUESTS requests in the
// region's gminas, each with PLANTED good partners (they cover every need,
// share its spheres and sit within 30 km) among decoys that each lack one
// thing (closed to partnerships, outside the radius, covering one or two
// needs, sharing no sphere). evaluatePartnerSuggestions() prints how many of
// the planted ones the suggestions find in their top 10 (precision@10).
// Fixed seeds make every run build the same data; rows are marked by slug.
import { performance } from "node:perf_hooks";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { setDatabaseUrl } from "@/lib/env";
import type { LegalForm } from "@/lib/generated/prisma/enums";
import { competences, resources } from "@/lib/partnerships/capabilities";
import { haversineKm } from "@/lib/partnerships/score/distance";
import { suggestPartners } from "@/lib/partnerships/suggestions/for-request";
import { requestRowBySlug } from "@/lib/partnerships/suggestions/request-facts";

export const BENCH_OPEN_REQUESTS = 1_000;
export const EVAL_REQUESTS = 20;
export const PLANTED = 10;
/** The request whose suggestions page the bench measures. */
export const BENCH_SUGGESTIONS_SLUG = "bench-partnerstwo";
const REQUEST_PREFIX = "bench-partner-";
const EVAL_PREFIX = "bench-eval-";
const PLANT_PREFIX = "bench-plant-";
const DEMO_ORGANISATION = "opolskie-centrum-wolontariatu";

/** Deterministic PRNG (mulberry32), as in directory-data.ts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pickSome = <T>(next: () => number, items: readonly T[], count: number): T[] =>
  [...items]
    .map((item) => ({ item, key: next() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, count)
    .map((x) => x.item);

async function generateProfiles(): Promise<void> {
  const client = db();
  // One connection, so setseed() makes random() repeatable. The subqueries name o.id, so they run per row.
  await client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT setseed(0.23)`;
      await tx.$executeRaw`
        INSERT INTO "PartnershipProfile" ("organisationId", "openToPartnerships", "offeredCompetences", "offeredResources",
          "neededCompetences", "neededResources", "updatedAt")
        SELECT o.id, random() < 0.6,
          ARRAY(SELECT c FROM unnest(${[...competences]}::text[]) c WHERE o.id IS NOT NULL AND random() < 0.08),
          ARRAY(SELECT c FROM unnest(${[...resources]}::text[]) c WHERE o.id IS NOT NULL AND random() < 0.08),
          ARRAY(SELECT c FROM unnest(${[...competences]}::text[]) c WHERE o.id IS NOT NULL AND random() < 0.04),
          ARRAY(SELECT c FROM unnest(${[...resources]}::text[]) c WHERE o.id IS NOT NULL AND random() < 0.04),
          o."createdAt"
        FROM "Organisation" o WHERE o.slug LIKE 'bench-0%' OR o.slug LIKE 'bench-1%'
        ON CONFLICT ("organisationId") DO NOTHING`;
      await tx.$executeRaw`
        INSERT INTO "PartnershipPastProject" ("id", "organisationId", "title", "yearFrom", "yearTo")
        SELECT 'bpp' || p."organisationId", p."organisationId", 'Wspólny projekt partnerski', y, y + 1
        FROM "PartnershipProfile" p, LATERAL (SELECT 2016 + floor(random() * 9)::int AS y) years
        WHERE p."organisationId" LIKE 'bench0%' AND random() < 0.1
        ON CONFLICT DO NOTHING`;
    },
    { timeout: 600_000 },
  );
  await client.$executeRaw`ANALYZE "PartnershipProfile"`;
}

interface RequestSpec {
  slug: string;
  organisationId: string;
  title: string;
  sphereIds: string[];
  neededCompetences: string[];
  neededResources: string[];
  offeredResources: string[];
  radiusKm: number | null;
}

async function insertRequests(specs: RequestSpec[]): Promise<void> {
  const client = db();
  const closes = new Date(Date.now() + 60 * 24 * 3600 * 1000);
  await client.partnerRequest.createMany({
    data: specs.map((s) => ({
      slug: s.slug,
      organisationId: s.organisationId,
      title: s.title,
      initiative: "Wspólny projekt organizacji z regionu.",
      roles: ["ACTION_PARTNER"],
      partnerGives: "Udział w działaniach projektu.",
      partnerGets: "Współpracę i promocję.",
      repliesCloseOn: closes,
      radiusKm: s.radiusKm,
      neededCompetences: s.neededCompetences,
      neededResources: s.neededResources,
      offeredResources: s.offeredResources,
    })),
  });
  const ids = await client.partnerRequest.findMany({
    where: { slug: { in: specs.map((s) => s.slug) } },
    select: { id: true, slug: true },
  });
  const bySlug = new Map(ids.map((r) => [r.slug, r.id]));
  await client.partnerRequestSphere.createMany({
    data: specs.flatMap((s) => s.sphereIds.map((sphereId) => ({ requestId: bySlug.get(s.slug)!, sphereId }))),
  });
}

interface PlantSpec {
  name: string;
  seat: string;
  open: boolean;
  sphereIds: string[];
  offeredCompetences: string[];
  offeredResources: string[];
  pastProjects: number;
}

async function insertPlants(specs: (PlantSpec & { slug: string })[]): Promise<void> {
  const client = db();
  const forms: LegalForm[] = ["ASSOCIATION", "FOUNDATION"];
  await client.organisation.createMany({
    data: specs.map((s, i) => ({
      id: `benchplant${String(i).padStart(6, "0")}`,
      slug: s.slug,
      name: s.name,
      legalForm: forms[i % 2]!,
      seatTerritoryCode: s.seat,
      hasPublicBenefitStatus: i % 3 === 0,
      verifiedAt: new Date("2026-01-01"),
    })),
  });
  await client.organisationSphere.createMany({
    data: specs.flatMap((s, i) =>
      s.sphereIds.map((sphereId) => ({ organisationId: `benchplant${String(i).padStart(6, "0")}`, sphereId })),
    ),
  });
  await client.partnershipProfile.createMany({
    data: specs.map((s, i) => ({
      organisationId: `benchplant${String(i).padStart(6, "0")}`,
      openToPartnerships: s.open,
      offeredCompetences: s.offeredCompetences,
      offeredResources: s.offeredResources,
    })),
  });
  await client.partnershipPastProject.createMany({
    data: specs.flatMap((s, i) =>
      Array.from({ length: s.pastProjects }, (_, k) => ({
        organisationId: `benchplant${String(i).padStart(6, "0")}`,
        title: `Projekt ${k + 1}`,
        yearFrom: 2023,
        yearTo: 2024,
      })),
    ),
  });
}

async function generateRequestsAndEvaluationSet(): Promise<void> {
  const client = db();
  const next = random(23_2026);
  const spheres = (await client.publicBenefitSphere.findMany({ where: { validTo: null }, select: { id: true } })).map(
    (s) => s.id,
  );
  const authors = await client.organisation.findMany({
    where: { slug: { startsWith: "bench-" }, verifiedAt: { not: null }, partnershipProfile: { isNot: null } },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 5_000,
  });
  const open: RequestSpec[] = Array.from({ length: BENCH_OPEN_REQUESTS }, (_, i) => ({
    slug: `${REQUEST_PREFIX}${String(i).padStart(5, "0")}`,
    organisationId: authors[Math.floor(next() * authors.length)]!.id,
    title: `Szukamy partnera do projektu nr ${i + 1}`,
    sphereIds: pickSome(next, spheres, 1 + Math.floor(next() * 2)),
    neededCompetences: pickSome(next, competences, 1 + Math.floor(next() * 2)),
    neededResources: pickSome(next, resources, Math.floor(next() * 2)),
    offeredResources: pickSome(next, resources, Math.floor(next() * 2)),
    radiusKm: next() < 0.5 ? 50 : null,
  }));
  const demo = await client.organisation.findUnique({ where: { slug: DEMO_ORGANISATION }, select: { id: true } });
  if (demo)
    open.push({
      slug: BENCH_SUGGESTIONS_SLUG,
      organisationId: demo.id,
      title: "Szukamy partnera do wolontariatu seniorów",
      sphereIds: spheres.slice(0, 2),
      neededCompetences: ["VOLUNTEER_COORDINATION", "WORK_WITH_SENIORS"],
      neededResources: ["MINIBUS"],
      offeredResources: ["TRAINING_ROOM"],
      radiusKm: null,
    });
  await insertRequests(open);

  // The evaluation set, in the region's gminas (those with centroids).
  const gminas = (
    await client.territory.findMany({
      where: { code: { startsWith: "16" }, latitude: { not: null } },
      select: { code: true, latitude: true, longitude: true },
      orderBy: { code: "asc" },
    })
  ).map((g) => ({ code: g.code, latitude: g.latitude!, longitude: g.longitude! }));
  const plants: (PlantSpec & { slug: string })[] = [];
  const evaluation: RequestSpec[] = [];
  const plant = (spec: PlantSpec) =>
    plants.push({ ...spec, slug: `${PLANT_PREFIX}${String(plants.length).padStart(5, "0")}` });
  for (let k = 0; k < EVAL_REQUESTS; k++) {
    const home = gminas[Math.floor(next() * gminas.length)]!;
    const near = gminas.filter((g) => haversineKm(home, g) <= 30);
    const far = gminas.filter((g) => haversineKm(home, g) > 70);
    const needC = pickSome(next, competences, 3);
    const needR = pickSome(next, resources, 2);
    const wanted = pickSome(next, spheres, 2);
    const other = spheres.filter((s) => !wanted.includes(s));
    const authorIndex = plants.length;
    plant({
      name: `Fundacja Ewaluacyjna ${k + 1}`,
      seat: home.code,
      open: true,
      sphereIds: wanted,
      offeredCompetences: [],
      offeredResources: [],
      pastProjects: 0,
    });
    const extra = () => pickSome(next, competences, Math.floor(next() * 3));
    const nearSeat = () => near[Math.floor(next() * near.length)]!.code;
    for (let i = 0; i < PLANTED; i++)
      plant({
        name: `Stowarzyszenie Dobry Partner ${k + 1}.${i + 1}`,
        seat: nearSeat(),
        open: true,
        sphereIds: wanted,
        offeredCompetences: [...new Set([...needC, ...extra()])],
        offeredResources: needR,
        pastProjects: Math.floor(next() * 3),
      });
    const decoy = (name: string, spec: Partial<PlantSpec>) =>
      plant({
        name,
        seat: nearSeat(),
        open: true,
        sphereIds: wanted,
        offeredCompetences: needC,
        offeredResources: needR,
        pastProjects: 2,
        ...spec,
      });
    for (let i = 0; i < 10; i++) decoy(`Fundacja Zamknięta ${k + 1}.${i + 1}`, { open: false });
    if (far.length > 0)
      for (let i = 0; i < 10; i++)
        decoy(`Fundacja Odległa ${k + 1}.${i + 1}`, { seat: far[Math.floor(next() * far.length)]!.code });
    for (let i = 0; i < 20; i++)
      decoy(`Stowarzyszenie Częściowe ${k + 1}.${i + 1}`, {
        offeredCompetences: pickSome(next, needC, 1),
        offeredResources: pickSome(next, needR, Math.floor(next() * 2)),
      });
    for (let i = 0; i < 10; i++)
      decoy(`Stowarzyszenie Inne Sfery ${k + 1}.${i + 1}`, {
        sphereIds: pickSome(next, other, 2),
        offeredResources: needR.slice(0, 1),
      });
    evaluation.push({
      slug: `${EVAL_PREFIX}${String(k).padStart(3, "0")}`,
      organisationId: `benchplant${String(authorIndex).padStart(6, "0")}`,
      title: `Zapytanie ewaluacyjne ${k + 1}`,
      sphereIds: wanted,
      neededCompetences: needC,
      neededResources: needR,
      offeredResources: [],
      radiusKm: 50,
    });
  }
  await insertPlants(plants);
  await insertRequests(evaluation);
  await client.$executeRaw`ANALYZE "PartnershipProfile"`;
  await client.$executeRaw`ANALYZE "OrganisationSphere"`;
}

/** Creates the data unless the bench database holds it already. */
export async function ensureBenchPartnerships(port: number): Promise<{
  profiles: number;
  open_requests: number;
  evaluation_requests: number;
  created: boolean;
  seed_ms: number;
}> {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    const client = db();
    const started = performance.now();
    const count = () =>
      Promise.all([
        client.partnershipProfile.count({ where: { organisationId: { startsWith: "bench" } } }),
        client.partnerRequest.count({ where: { slug: { startsWith: REQUEST_PREFIX } } }),
        client.partnerRequest.count({ where: { slug: { startsWith: EVAL_PREFIX } } }),
      ]);
    let [profiles, openRequests, evaluation] = await count();
    const created = openRequests < BENCH_OPEN_REQUESTS || evaluation < EVAL_REQUESTS;
    if (created) {
      // A half-made set (a stopped run, an older generator) is made again.
      await client.$executeRaw`DELETE FROM "PartnerRequest" WHERE slug LIKE 'bench-%'`;
      await client.$executeRaw`DELETE FROM "Organisation" WHERE slug LIKE ${`${PLANT_PREFIX}%`}`;
      await generateProfiles();
      await generateRequestsAndEvaluationSet();
      [profiles, openRequests, evaluation] = await count();
    }
    return {
      profiles,
      open_requests: openRequests,
      evaluation_requests: evaluation,
      created,
      seed_ms: Math.round(performance.now() - started),
    };
  } finally {
    await disconnectDb();
  }
}

/**
 * Precision at 10 over the evaluation set: for each request, the share of
 * its top 10 suggestions that are planted good partners; also how often an
 * organisation closed to partnerships appeared (it must never) and the
 * slowest scoring of one request (SQL and TypeScript together).
 */
export async function evaluatePartnerSuggestions(port: number): Promise<{
  name: "partner-suggestions-quality";
  requests: number;
  precision_at_10: number;
  closed_suggested: number;
  slowest_ms: number;
}> {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    const client = db();
    let precision = 0;
    let closedSuggested = 0;
    let slowest = 0;
    const closed = new Set(
      (
        await client.partnershipProfile.findMany({
          where: { openToPartnerships: false, organisationId: { startsWith: "benchplant" } },
          select: { organisationId: true },
        })
      ).map((p) => p.organisationId),
    );
    for (let k = 0; k < EVAL_REQUESTS; k++) {
      const row = await requestRowBySlug(`${EVAL_PREFIX}${String(k).padStart(3, "0")}`);
      if (!row) throw new Error("the evaluation set is missing: run ensureBenchPartnerships first");
      const started = performance.now();
      const top = await suggestPartners(row, { limit: 10 });
      slowest = Math.max(slowest, performance.now() - started);
      const names = await client.organisation.findMany({
        where: { id: { in: top.map((s) => s.id) } },
        select: { name: true },
      });
      precision += names.filter((o) => o.name.startsWith("Stowarzyszenie Dobry Partner")).length / 10;
      closedSuggested += top.filter((s) => closed.has(s.id)).length;
    }
    return {
      name: "partner-suggestions-quality",
      requests: EVAL_REQUESTS,
      precision_at_10: Math.round((precision / EVAL_REQUESTS) * 1000) / 1000,
      closed_suggested: closedSuggested,
      slowest_ms: Math.round(slowest),
    };
  } finally {
    await disconnectDb();
  }
}
