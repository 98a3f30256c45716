// The typed numbers of the cost tables: amounts (parsePln, integer grosze)
// and quantities (thousandths of a unit), read and written per locale, and
// shares shown as per cent.
import { parsePln, plnDecimal, type Grosze } from "@/lib/offers/calc/money";
import { formatQuantity, parseQuantity } from "@/components/offers/costs/quantity";
import type { ParseResult } from "@/components/offers/costs/number-input";

export function parseAmount(text: string, locale: string): ParseResult {
  const parsed = parsePln(text, locale);
  if (parsed.ok) return parsed;
  // An emptied field is no amount, not a mistake.
  if (parsed.error === "EMPTY") return { ok: true, value: null };
  return { ok: false, error: `money.${parsed.error}` };
}

const amountFormatters = new Map<string, Intl.NumberFormat>();

/** An amount as it stands in its field: "1 234,56" (pl), "1,234.56" (en), "1.234,56" (de), no currency. */
export function formatAmount(grosze: Grosze, locale: string): string {
  let formatter = amountFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    amountFormatters.set(locale, formatter);
  }
  // The exact decimal string, never a float (Intl.NumberFormat v3).
  return formatter.format(plnDecimal(grosze) as `${number}`);
}

export function parseUnits(text: string, locale: string): ParseResult {
  const parsed = parseQuantity(text, locale);
  return parsed.ok ? parsed : { ok: false, error: `quantity.${parsed.error}` };
}

export const formatUnits = formatQuantity;

/** A share in basis points as per cent ("12,5 %"); a display only, the checks compare integers. */
export function formatShare(bp: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(bp / 10_000);
}
