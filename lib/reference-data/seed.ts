// Seeds the reference data every instance needs. Idempotent: territories are
// brought in line with the register copy; spheres are only created, never
// overwritten, so administrators' edits survive.
import { readFileSync } from "node:fs";
import path from "node:path";
import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { institutionsFromTerritories } from "@/lib/institutions/from-territories";
import { legalRuleDefaults } from "@/lib/legal-rules/defaults";
import { parseCsv } from "@/lib/reference-data/csv";
import { sphereFromCsvRow } from "@/lib/reference-data/spheres";
import { territoryFromTercRow } from "@/lib/reference-data/territories";

const DATA_DIR = path.join(process.cwd(), "prisma", "data");

export async function seedTerritories(): Promise<number> {
  const records = parseCsv(readFileSync(path.join(DATA_DIR, "terc.csv"), "utf8")).map(territoryFromTercRow);
  const column = <K extends keyof (typeof records)[number]>(key: K) => records.map((r) => r[key]);
  // One statement for all 4,332 rows; foreign keys are checked at its end, so
  // parents and children may come in any order.
  await db().$executeRaw`
    INSERT INTO "Territory" ("code", "kind", "name", "voivodeshipCode", "powiatCode", "parentCode", "registerDate")
    SELECT code, kind::"TerritoryKind", name, voivodeship, powiat, parent, register_date::date
    FROM unnest(${column("code")}::text[], ${column("kind")}::text[], ${column("name")}::text[],
                ${column("voivodeshipCode")}::text[], ${column("powiatCode")}::text[],
                ${column("parentCode")}::text[], ${column("registerDate")}::text[])
      AS t(code, kind, name, voivodeship, powiat, parent, register_date)
    ON CONFLICT ("code") DO UPDATE SET
      "kind" = EXCLUDED."kind", "name" = EXCLUDED."name", "voivodeshipCode" = EXCLUDED."voivodeshipCode",
      "powiatCode" = EXCLUDED."powiatCode", "parentCode" = EXCLUDED."parentCode", "registerDate" = EXCLUDED."registerDate"`;
  await seedCentroids();
  // The lists' filters and forms keep territories in the process (lib/reference-data/queries.ts).
  publicDataChanged();
  return records.length;
}

/** Map points of the gminas that have one; see prisma/data/README.md. */
async function seedCentroids(): Promise<void> {
  const rows = parseCsv(readFileSync(path.join(DATA_DIR, "gmina-centroids.csv"), "utf8"));
  await db().$executeRaw`
    UPDATE "Territory" t SET "latitude" = c.lat, "longitude" = c.lon
    FROM unnest(${rows.map((r) => r.teryt7!)}::text[], ${rows.map((r) => Number(r.lat))}::float8[], ${rows.map((r) => Number(r.lon))}::float8[]) AS c(code, lat, lon)
    WHERE t.code = c.code AND (t."latitude" IS DISTINCT FROM c.lat OR t."longitude" IS DISTINCT FROM c.lon)`;
}

export async function seedSpheres(): Promise<number> {
  const records = parseCsv(readFileSync(path.join(DATA_DIR, "spheres.csv"), "utf8")).map(sphereFromCsvRow);
  await db().publicBenefitSphere.createMany({ data: records, skipDuplicates: true });
  publicDataChanged();
  return records.length;
}

/**
 * Creates the region's institutions from its territories and keeps their
 * register names current. The office's name and contact belong to its
 * administrators and are never touched here.
 */
export async function seedInstitutions(regionCode: string): Promise<number> {
  const units = await db().territory.findMany({
    where: { voivodeshipCode: regionCode },
    orderBy: { code: "asc" },
    select: { code: true, kind: true, name: true, parent: { select: { kind: true } } },
  });
  const records = institutionsFromTerritories(
    units.map((u) => ({ code: u.code, kind: u.kind, name: u.name, parentKind: u.parent?.kind ?? null })),
  );
  const column = <K extends keyof (typeof records)[number]>(key: K) => records.map((r) => r[key]);
  await db().$executeRaw`
    INSERT INTO "Institution" ("id", "slug", "name", "kind", "territoryCode", "updatedAt")
    -- Ids in the cuid alphabet (lower-case letters and digits), like every other id the actions accept.
    SELECT replace(gen_random_uuid()::text, '-', ''), slug, name, kind::"InstitutionKind", territory, now()
    FROM unnest(${column("slug")}::text[], ${column("name")}::text[], ${column("kind")}::text[], ${column("territoryCode")}::text[])
      AS t(slug, name, kind, territory)
    ON CONFLICT ("territoryCode") DO UPDATE SET "name" = EXCLUDED."name", "kind" = EXCLUDED."kind"
      WHERE "Institution"."name" IS DISTINCT FROM EXCLUDED."name" OR "Institution"."kind" IS DISTINCT FROM EXCLUDED."kind"`;
  return records.length;
}

/**
 * The legal limits' first values (lib/legal-rules/defaults.ts). Rows are only
 * added, never overwritten (an administrator's later rows and notes stay), and
 * each key's rows are then chained: a row is valid until the next one's
 * `validFrom`, so a default added later in code slots into the history.
 */
export async function seedLegalRules(): Promise<number> {
  const { count } = await db().legalRule.createMany({
    data: legalRuleDefaults.map((rule) => ({
      key: rule.key,
      unit: rule.unit,
      valueInt: rule.valueInt ?? null,
      valueText: rule.valueText ?? null,
      validFrom: new Date(`${rule.validFrom}T00:00:00Z`),
      source: rule.source,
      note: rule.note ?? null,
    })),
    skipDuplicates: true,
  });
  const chained = await db().$executeRaw`
    UPDATE "LegalRule" r SET "validTo" = n.next
    FROM (SELECT id, lead("validFrom") OVER (PARTITION BY key ORDER BY "validFrom") AS next FROM "LegalRule") n
    WHERE r.id = n.id AND r."validTo" IS DISTINCT FROM n.next`;
  if (count > 0 || chained > 0) publicDataChanged();
  return count;
}
