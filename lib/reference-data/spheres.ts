// Turns rows of prisma/data/spheres.csv into PublicBenefitSphere records.
import type { SphereVerification } from "@/lib/generated/prisma/enums";

export interface SphereRecord {
  id: string;
  code: string;
  namePl: string;
  nameEn: string;
  nameDe: string;
  verification: SphereVerification;
  legalBasis: string;
  sortOrder: number;
}

export function sphereFromCsvRow(row: Record<string, string>, index: number): SphereRecord {
  const code = row.code ?? "";
  if (!/^\d{1,2}[a-z]?$/.test(code)) throw new Error(`Bad sphere code "${code}" in row ${index + 2}`);
  if (row.status !== "confirmed" && row.status !== "to_verify") {
    throw new Error(`Bad sphere status "${row.status}" in row ${index + 2}`);
  }
  return {
    id: `udpp-4-1-${code}`,
    code,
    namePl: row.name_pl ?? "",
    nameEn: row.name_en ?? "",
    nameDe: row.name_de ?? "",
    verification: row.status === "confirmed" ? "CONFIRMED" : "TO_VERIFY",
    legalBasis: `art. 4 ust. 1 pkt ${code} UDPP (Dz.U. 2024 poz. 1491)`,
    sortOrder: index + 1,
  };
}
