// The number of units of a cost line, as people type it ("2", "2,5", "1 200",
// "0.125"), in thousandths of a unit: the document keeps integers only
// (design §2.5, qtyMilli), so 2,5 hours is 2500. More than three decimals is
// refused rather than rounded, as parsePln refuses a third decimal of money.
import { MAX_QTY_MILLI } from "@/lib/offers/document/schema";

export type QuantityParseError = "FORMAT" | "PRECISION" | "TOO_LARGE";
export type QuantityParseResult = { ok: true; value: number | null } | { ok: false; error: QuantityParseError };

const SPACES = /[\s\u00a0\u2007\u202f']/g;

/** The mark a locale groups thousands with, besides spaces: English "1,200", German "1.200". */
function groupMark(locale: string): string | null {
  return locale.startsWith("en") ? "," : locale.startsWith("de") ? "." : null;
}

/**
 * `null` for an empty field: no units in that year. In Polish either mark is the
 * decimal one (Polish groups with spaces); in English and German the locale's
 * grouping mark followed by groups of three digits groups thousands, as in parsePln.
 */
export function parseQuantity(input: string, locale = "pl"): QuantityParseResult {
  let text = input.replace(SPACES, "");
  if (text === "") return { ok: true, value: null };
  const group = groupMark(locale);
  if (group !== null && new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(text)) text = text.split(group).join("");
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(text);
  if (!match) return { ok: false, error: "FORMAT" };
  const whole = match[1]!.replace(/^0+(?=\d)/, "");
  const fraction = match[2] ?? "";
  if (fraction.length > 3) return { ok: false, error: "PRECISION" };
  if (whole.length > 7) return { ok: false, error: "TOO_LARGE" };
  const value = Number(whole) * 1000 + Number(fraction.padEnd(3, "0"));
  if (value > MAX_QTY_MILLI) return { ok: false, error: "TOO_LARGE" };
  return { ok: true, value };
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "2,5" (pl, de) or "2.5" (en), without grouping, so what is shown always reads back the same. */
export function formatQuantity(qtyMilli: number, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 3, useGrouping: false });
    formatters.set(locale, formatter);
  }
  const fraction = qtyMilli % 1000;
  const decimal = `${(qtyMilli - fraction) / 1000}.${String(fraction).padStart(3, "0")}`;
  // A string is formatted as the exact decimal it spells (Intl.NumberFormat v3), never via a float.
  return formatter.format(decimal as `${number}`);
}
