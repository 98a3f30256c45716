// Stored amounts and shares as the official's forms type them: grosze as
// złoty with a decimal comma ("1000,50"), basis points as a percentage
// ("12,5"). Integer arithmetic only; pure, for forms and pages alike.
import { plnDecimal } from "@/lib/offers/calc/money";

export const amountText = (grosze: bigint | null): string =>
  grosze === null ? "" : plnDecimal(Number(grosze)).replace(".", ",");

/** Basis points as a percentage typed in Polish: 1250 → "12,5", 1000 → "10". */
export function percentText(bp: number | null): string {
  if (bp === null) return "";
  const fraction = String(bp % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return fraction ? `${Math.floor(bp / 100)},${fraction}` : String(Math.floor(bp / 100));
}
