// Turns TERC register rows into Territory records. Pure: tested without a database.
import type { TerritoryKind } from "@/lib/generated/prisma/enums";

export interface TerritoryRecord {
  code: string;
  kind: TerritoryKind;
  name: string;
  voivodeshipCode: string;
  powiatCode: string | null;
  parentCode: string | null;
  registerDate: string;
}

const kindByRegisterLabel: Record<string, TerritoryKind> = {
  wojewodztwo: "VOIVODESHIP",
  powiat: "POWIAT",
  miasto_na_prawach_powiatu: "CITY_WITH_POWIAT_RIGHTS",
  gmina_miejska: "URBAN_GMINA",
  gmina_wiejska: "RURAL_GMINA",
  gmina_miejsko_wiejska: "URBAN_RURAL_GMINA",
  miasto: "TOWN_PART",
  obszar_wiejski: "RURAL_PART",
  dzielnica: "DISTRICT",
  delegatura: "DELEGATURA",
};

/** Gmina-level kinds that are whole gminas (not parts, districts or delegatury). */
export const GMINA_KINDS: readonly TerritoryKind[] = ["URBAN_GMINA", "RURAL_GMINA", "URBAN_RURAL_GMINA"];

export function territoryFromTercRow(row: Record<string, string>): TerritoryRecord {
  const { woj = "", pow = "", gmi = "", rodz = "", name = "", kind: label = "", source_date = "" } = row;
  const kind = kindByRegisterLabel[label];
  if (!kind) throw new Error(`Unknown TERC unit kind "${label}" for ${woj}${pow}${gmi}${rodz}`);
  if (!/^\d{2}$/.test(woj)) throw new Error(`Bad voivodeship code "${woj}"`);

  if (!pow)
    return {
      code: woj,
      kind,
      name,
      voivodeshipCode: woj,
      powiatCode: null,
      parentCode: null,
      registerDate: source_date,
    };
  const powiatCode = woj + pow;
  if (!gmi)
    return {
      code: powiatCode,
      kind,
      name,
      voivodeshipCode: woj,
      powiatCode,
      parentCode: woj,
      registerDate: source_date,
    };

  const code = powiatCode + gmi + rodz;
  // The town and rural parts (RODZ 4, 5) of an urban-rural gmina hang under the
  // gmina itself (RODZ 3); districts and delegatury under their city's powiat.
  const parentCode = rodz === "4" || rodz === "5" ? powiatCode + gmi + "3" : powiatCode;
  return { code, kind, name, voivodeshipCode: woj, powiatCode, parentCode, registerDate: source_date };
}
