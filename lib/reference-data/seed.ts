// Seeds the reference data every instance needs. Idempotent: territories are
// brought in line with the register copy; spheres are only created, never
// overwritten, so administrators' edits survive.
import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
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
  return records.length;
}

export async function seedSpheres(): Promise<number> {
  const records = parseCsv(readFileSync(path.join(DATA_DIR, "spheres.csv"), "utf8")).map(sphereFromCsvRow);
  await db().publicBenefitSphere.createMany({ data: records, skipDuplicates: true });
  return records.length;
}
