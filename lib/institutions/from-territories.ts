// Which institutions a region has, derived from TERYT: the voivodeship, each
// powiat and each whole gmina. A city with powiat rights is one institution
// (its city office does both jobs), seated on its gmina unit. Pure: tested
// without a database.
import type { InstitutionKind, TerritoryKind } from "@/lib/generated/prisma/enums";
import { GMINA_KINDS } from "@/lib/reference-data/territories";
import { slugify } from "@/lib/text/slug";

export interface TerritoryUnit {
  code: string;
  kind: TerritoryKind;
  name: string;
  parentKind: TerritoryKind | null;
}

export interface InstitutionRecord {
  slug: string;
  name: string;
  kind: InstitutionKind;
  territoryCode: string;
}

function institutionOf(unit: TerritoryUnit): Omit<InstitutionRecord, "slug"> | null {
  if (unit.kind === "VOIVODESHIP") {
    return {
      name: `Województwo ${unit.name.toLocaleLowerCase("pl")}`,
      kind: "VOIVODESHIP_OFFICE",
      territoryCode: unit.code,
    };
  }
  if (unit.kind === "POWIAT") return { name: `Powiat ${unit.name}`, kind: "POWIAT_OFFICE", territoryCode: unit.code };
  if (!GMINA_KINDS.includes(unit.kind)) return null;
  const city = unit.parentKind === "CITY_WITH_POWIAT_RIGHTS";
  return { name: `${city ? "Miasto" : "Gmina"} ${unit.name}`, kind: "GMINA_OFFICE", territoryCode: unit.code };
}

/** The region's institutions with unique slugs (a repeated name gets its TERYT code). */
export function institutionsFromTerritories(units: readonly TerritoryUnit[]): InstitutionRecord[] {
  const records = units.flatMap((unit) => institutionOf(unit) ?? []);
  const slugCounts = new Map<string, number>();
  for (const record of records) slugCounts.set(slugify(record.name), (slugCounts.get(slugify(record.name)) ?? 0) + 1);
  return records.map((record) => {
    const slug = slugify(record.name);
    return { ...record, slug: slugCounts.get(slug)! > 1 ? `${slug}-${record.territoryCode}` : slug };
  });
}
