// National-scale directory data for `npm run bench`: 150,000 organisations
// with Polish names built the way real ones are ("Ludowy Klub Sportowy „Orzeł”
// Lubsza", "Fundacja Pomocy Dzieciom „Promyk”"), legal forms in roughly the
// proportions of the national register, 1–3 spheres each, and seats spread
// over every gmina in TERYT (towns weighted above villages). A fixed seed
// makes every run build the same data; rows are marked by their slug, so the
// generator runs once per bench database and never touches other rows.
import { db } from "@/lib/db/client";
import type { LegalForm, TargetGroup } from "@/lib/generated/prisma/enums";

export const NATIONAL_ORGANISATIONS = 150_000;
const BATCH = 10_000;
export const BENCH_SLUG_PREFIX = "bench-";

/** Deterministic PRNG (mulberry32), so the data is the same in every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QUOTED = [
  "Orzeł",
  "Sokół",
  "Jedynka",
  "Iskra",
  "Victoria",
  "Piast",
  "Odra",
  "Start",
  "Zryw",
  "Polonia",
  "Olimpia",
  "Unia",
  "Tęcza",
  "Promyk",
  "Słoneczko",
  "Nadzieja",
  "Razem",
  "Bratek",
  "Kalina",
  "Jutrzenka",
  "Srebrny Wiek",
  "Gniazdo",
  "Żółw",
  "Dąb",
  "Wrzos",
  "Przystań",
  "Horyzont",
  "Most",
  "Kompas",
  "Źródło",
  "Pszczółka",
  "Szansa",
  "Otwarte Drzwi",
  "Zielony Zakątek",
  "Łączy Nas Pasja",
];

type Template = (q: string, place: string) => string;

// Name patterns per legal form, as organisations in the KRS register name themselves.
const TEMPLATES: Record<LegalForm, Template[]> = {
  ASSOCIATION: [
    (_, p) => `Stowarzyszenie Przyjaciół Ziemi ${p}`,
    (q, p) => `Stowarzyszenie Sportowe „${q}” ${p}`,
    (_, p) => `Ochotnicza Straż Pożarna ${p}`,
    (q) => `Stowarzyszenie Seniorów „${q}”`,
    (q, p) => `Stowarzyszenie na rzecz Rozwoju Wsi „${q}” ${p}`,
    (q) => `Stowarzyszenie Rodziców i Przyjaciół Dzieci Niepełnosprawnych „${q}”`,
    (_, p) => `Towarzystwo Miłośników Ziemi ${p}`,
    (q) => `Stowarzyszenie Kultury Regionalnej „${q}”`,
    (_, p) => `Stowarzyszenie Ratownictwa Wodnego ${p}`,
    (q) => `Stowarzyszenie Pomocy Bezdomnym Zwierzętom „${q}”`,
  ],
  ORDINARY_ASSOCIATION: [(q, p) => `Stowarzyszenie Zwykłe „${q}” ${p}`, (_, p) => `Grupa Inicjatywna Mieszkańców ${p}`],
  ASSOCIATION_UNION: [(_, p) => `Związek Stowarzyszeń Ziemi ${p}`, (q) => `Federacja Organizacji Pozarządowych „${q}”`],
  FOUNDATION: [
    (q) => `Fundacja Pomocy Dzieciom „${q}”`,
    (q) => `Fundacja „${q}”`,
    (_, p) => `Fundacja Rozwoju Ziemi ${p}`,
    (q) => `Fundacja Ochrony Zwierząt „${q}”`,
    (q) => `Fundacja Edukacji Ekologicznej „${q}”`,
    (q) => `Fundacja Wspierania Seniorów „${q}”`,
    (q) => `Fundacja na rzecz Osób z Niepełnosprawnościami „${q}”`,
  ],
  SPORTS_ASSOCIATION: [
    (q, p) => `Ludowy Klub Sportowy „${q}” ${p}`,
    (q, p) => `Uczniowski Klub Sportowy „${q}” ${p}`,
    (q, p) => `Klub Sportowy „${q}” ${p}`,
  ],
  RURAL_HOUSEWIVES_CIRCLE: [(_, p) => `Koło Gospodyń Wiejskich ${p}`, (q, p) => `Koło Gospodyń Wiejskich „${q}” ${p}`],
  SOCIAL_COOPERATIVE: [(q) => `Spółdzielnia Socjalna „${q}”`],
  CHURCH_LEGAL_PERSON: [(_, p) => `Parafia Rzymskokatolicka ${p}`, (_, p) => `Caritas Parafii ${p}`],
  OTHER: [(q, p) => `Uniwersytet Trzeciego Wieku „${q}” ${p}`],
};

/** Legal forms with their approximate share of NGOs in the national register. */
const FORMS: [LegalForm, number][] = [
  ["ASSOCIATION", 0.5],
  ["FOUNDATION", 0.25],
  ["SPORTS_ASSOCIATION", 0.1],
  ["RURAL_HOUSEWIVES_CIRCLE", 0.06],
  ["ORDINARY_ASSOCIATION", 0.04],
  ["SOCIAL_COOPERATIVE", 0.02],
  ["ASSOCIATION_UNION", 0.01],
  ["CHURCH_LEGAL_PERSON", 0.01],
  ["OTHER", 0.01],
];

const AIMS = [
  "Wspieranie rozwoju sportu dzieci i młodzieży oraz organizacja zawodów sportowych.",
  "Pomoc społeczna osobom starszym i samotnym, przeciwdziałanie wykluczeniu.",
  "Ochrona dziedzictwa kulturowego i tradycji regionu, prowadzenie zespołów ludowych.",
  "Ochrona przeciwpożarowa, ratownictwo i edukacja w zakresie bezpieczeństwa.",
  "Edukacja ekologiczna i ochrona przyrody, sprzątanie lasów i rzek.",
  "Wsparcie osób z niepełnosprawnościami i ich rodzin, rehabilitacja i integracja.",
  "Rozwój obszarów wiejskich, aktywizacja mieszkańców i promocja lokalnych produktów.",
  "Opieka nad bezdomnymi zwierzętami i adopcje.",
];

const TARGET_GROUPS: TargetGroup[] = [
  "CHILDREN",
  "YOUTH",
  "SENIORS",
  "PEOPLE_WITH_DISABILITIES",
  "FAMILIES",
  "WOMEN",
  "RURAL_RESIDENTS",
  "GENERAL_PUBLIC",
];

export function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function pickForm(next: () => number): LegalForm {
  let r = next();
  for (const [form, share] of FORMS) {
    if ((r -= share) < 0) return form;
  }
  return "ASSOCIATION";
}

/** Creates the national data set unless the bench database already holds it; returns how many bench organisations exist. */
export async function ensureNationalDirectory(): Promise<{ organisations: number; created: boolean }> {
  const client = db();
  const existing = await client.organisation.count({ where: { slug: { startsWith: BENCH_SLUG_PREFIX } } });
  if (existing >= NATIONAL_ORGANISATIONS) return { organisations: existing, created: false };
  await client.$executeRaw`DELETE FROM "Organisation" WHERE slug LIKE ${`${BENCH_SLUG_PREFIX}%`}`;

  const gminas = await client.territory.findMany({
    where: { kind: { in: ["URBAN_GMINA", "RURAL_GMINA", "URBAN_RURAL_GMINA"] } },
    select: { code: true, name: true, kind: true },
  });
  // Towns have more organisations than villages: urban gminas count three times.
  const weighted = gminas.flatMap((g) => (g.kind === "URBAN_GMINA" ? [g, g, g] : [g]));
  const spheres = (await client.publicBenefitSphere.findMany({ where: { validTo: null }, select: { id: true } })).map(
    (s) => s.id,
  );
  const next = random(20261127);
  const start = Date.UTC(2021, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;

  for (let from = 0; from < NATIONAL_ORGANISATIONS; from += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, NATIONAL_ORGANISATIONS - from) }, (_, k) => {
      const n = from + k + 1;
      const form = pickForm(next);
      const seat = pick(next, weighted);
      const groups = TARGET_GROUPS.filter(() => next() < 0.12);
      return {
        id: `bench${String(n).padStart(8, "0")}`,
        slug: `${BENCH_SLUG_PREFIX}${String(n).padStart(6, "0")}`,
        name: pick(next, TEMPLATES[form])(pick(next, QUOTED), seat.name),
        form,
        krs: String(9_000_000_000 + n).padStart(10, "0"),
        seat: seat.code,
        opp: next() < 0.08,
        verified: next() < 0.3,
        aims: pick(next, AIMS),
        groups: `{${groups.join(",")}}`,
        createdAt: new Date(start + Math.floor(next() * span)).toISOString(),
        spheres: Array.from(new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, spheres)))),
      };
    });
    const col = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
    await client.$executeRaw`
      INSERT INTO "Organisation" ("id", "slug", "name", "legalForm", "krs", "seatTerritoryCode", "hasPublicBenefitStatus", "verifiedAt", "aims", "targetGroups", "createdAt", "updatedAt")
      SELECT id, slug, name, form::"LegalForm", krs, seat, opp, CASE WHEN verified THEN created_at END, aims, groups::"TargetGroup"[], created_at, created_at
      FROM unnest(${col("id")}::text[], ${col("slug")}::text[], ${col("name")}::text[], ${col("form")}::text[], ${col("krs")}::text[],
                  ${col("seat")}::text[], ${col("opp")}::boolean[], ${col("verified")}::boolean[], ${col("aims")}::text[],
                  ${col("groups")}::text[], ${col("createdAt")}::timestamptz[])
        AS t(id, slug, name, form, krs, seat, opp, verified, aims, groups, created_at)`;
    const links = rows.flatMap((r) => r.spheres.map((sphereId) => ({ organisationId: r.id, sphereId })));
    await client.$executeRaw`
      INSERT INTO "OrganisationSphere" ("organisationId", "sphereId")
      SELECT * FROM unnest(${links.map((l) => l.organisationId)}::text[], ${links.map((l) => l.sphereId)}::text[])`;
  }
  // VACUUM too, as autovacuum would soon after a bulk load in production: it
  // marks the pages all-visible, so the covering indexes' reads (partner
  // preselection, the directory) are index-only, not a table visit per row.
  await client.$executeRaw`VACUUM (ANALYZE) "Organisation"`;
  await client.$executeRaw`VACUUM (ANALYZE) "OrganisationSphere"`;
  return { organisations: NATIONAL_ORGANISATIONS, created: true };
}
