// How a unit of the register is named where a record says what it concerns.
// The register keeps a voivodeship's name in capitals ("OPOLSKIE") and a
// powiat's as a bare adjective ("brzeski"): shown alone, the one shouts and
// the other is ambiguous (the gmina Brzeg is not the powiat brzeski). The
// names are Polish proper names, shown with lang="pl" in every language.
import type { TerritoryKind } from "@/lib/generated/prisma/enums";

export function territoryLabel(unit: { name: string; kind: TerritoryKind }): string {
  if (unit.kind === "VOIVODESHIP") return `województwo ${unit.name.toLocaleLowerCase("pl")}`;
  if (unit.kind === "POWIAT") return `powiat ${unit.name}`;
  return unit.name;
}
