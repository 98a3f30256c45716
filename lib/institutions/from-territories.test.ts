import { institutionsFromTerritories, type TerritoryUnit } from "@/lib/institutions/from-territories";

const units: TerritoryUnit[] = [
  { code: "16", kind: "VOIVODESHIP", name: "OPOLSKIE", parentKind: null },
  { code: "1601", kind: "POWIAT", name: "brzeski", parentKind: "VOIVODESHIP" },
  { code: "1601011", kind: "URBAN_GMINA", name: "Brzeg", parentKind: "POWIAT" },
  { code: "1601052", kind: "RURAL_GMINA", name: "Lubsza", parentKind: "POWIAT" },
  { code: "1601043", kind: "URBAN_RURAL_GMINA", name: "Lewin Brzeski", parentKind: "POWIAT" },
  { code: "1601044", kind: "TOWN_PART", name: "Lewin Brzeski", parentKind: "URBAN_RURAL_GMINA" },
  { code: "1661", kind: "CITY_WITH_POWIAT_RIGHTS", name: "Opole", parentKind: "VOIVODESHIP" },
  { code: "1661011", kind: "URBAN_GMINA", name: "Opole", parentKind: "CITY_WITH_POWIAT_RIGHTS" },
];

describe("institutionsFromTerritories", () => {
  it("makes one institution per voivodeship, powiat and whole gmina", () => {
    expect(institutionsFromTerritories(units)).toEqual([
      { slug: "wojewodztwo-opolskie", name: "Województwo opolskie", kind: "VOIVODESHIP_OFFICE", territoryCode: "16" },
      { slug: "powiat-brzeski", name: "Powiat brzeski", kind: "POWIAT_OFFICE", territoryCode: "1601" },
      { slug: "gmina-brzeg", name: "Gmina Brzeg", kind: "GMINA_OFFICE", territoryCode: "1601011" },
      { slug: "gmina-lubsza", name: "Gmina Lubsza", kind: "GMINA_OFFICE", territoryCode: "1601052" },
      { slug: "gmina-lewin-brzeski", name: "Gmina Lewin Brzeski", kind: "GMINA_OFFICE", territoryCode: "1601043" },
      { slug: "miasto-opole", name: "Miasto Opole", kind: "GMINA_OFFICE", territoryCode: "1661011" },
    ]);
  });

  it("keeps slugs unique when two units share a name", () => {
    const twins: TerritoryUnit[] = [
      { code: "0604011", kind: "URBAN_GMINA", name: "Chełm", parentKind: "POWIAT" },
      { code: "0604022", kind: "RURAL_GMINA", name: "Chełm", parentKind: "POWIAT" },
    ];
    expect(institutionsFromTerritories(twins).map((i) => i.slug)).toEqual([
      "gmina-chelm-0604011",
      "gmina-chelm-0604022",
    ]);
  });
});
