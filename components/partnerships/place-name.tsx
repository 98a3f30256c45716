import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { TerritoryKind } from "@/lib/generated/prisma/enums";

/** A unit of the register as a record names it: its register name and what kind of unit it is. */
export type PlaceUnit = { name: string; kind: TerritoryKind };

/**
 * The message's values for a unit. The register keeps a voivodeship's name in
 * capitals ("OPOLSKIE") and a powiat's as a bare adjective ("opolski"): the
 * kind of unit is said in the reader's language around the name, which stays
 * Polish. Polish writes the voivodeship's adjective in lower case
 * ("województwo opolskie"); English and German use it as a proper name
 * ("Opolskie Voivodeship", "Woiwodschaft Opolskie", as lib/settings/region.ts).
 */
function placeValues(unit: PlaceUnit, locale: string) {
  let place = unit.name;
  if (unit.kind === "VOIVODESHIP") {
    const lower = unit.name.toLocaleLowerCase("pl");
    place = locale === "pl" ? lower : lower.charAt(0).toLocaleUpperCase("pl") + lower.slice(1);
  }
  const kind = unit.kind === "VOIVODESHIP" || unit.kind === "POWIAT" ? unit.kind : "other";
  return { kind, place };
}

/** A unit's name as plain text, for an accessible name or a list joined with commas. */
export function usePlaceText(): (unit: PlaceUnit) => string {
  const t = useTranslations("partnerships");
  const locale = useLocale();
  return (unit) => t.markup("place", { ...placeValues(unit, locale), pl: (chunks) => chunks });
}

/** A unit's name in running text: the kind of unit in the reader's language, the Polish name marked as Polish. */
export function PlaceName({ unit }: { unit: PlaceUnit }): ReactNode {
  const t = useTranslations("partnerships");
  const locale = useLocale();
  return t.rich("place", { ...placeValues(unit, locale), pl: (chunks) => <span lang="pl">{chunks}</span> });
}
