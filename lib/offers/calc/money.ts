// Money in offers is integer grosze from the keyboard to the database (BigInt
// there, safe-integer numbers here). Nothing in this module divides money as a
// float: products that can pass 2^53 go through BigInt, and the display string
// is built from the exact decimal, so parsePln(formatPln(g)) === g always.
// Pure: runs in the browser as one types and on the server at submit.

export type Grosze = number;

/** The largest amount a single field, cost line or total may hold: 10 000 000 000 zł. */
export const MAX_AMOUNT: Grosze = 10 ** 12;

export type MoneyParseError = "EMPTY" | "FORMAT" | "PRECISION" | "NEGATIVE" | "TOO_LARGE";
export type MoneyParseResult = { ok: true; value: Grosze } | { ok: false; error: MoneyParseError };

/** Spaces of every width people paste from Word or a bank statement, used to group thousands. */
const SPACES = /[\s\u00a0\u2007\u202f']/g;
const CURRENCY = /(zł|zl|pln)\.?/gi;

/** True when every group after the first has three digits (so "1.234.567" is grouping, "1.23" is not). */
function isGrouping(parts: string[]): boolean {
  return parts[0] !== "" && parts[0]!.length <= 3 && parts.slice(1).every((part) => /^\d{3}$/.test(part));
}

function splitNumber(text: string, locale: string): { whole: string; fraction: string } | null {
  const commas = text.split(",").length - 1;
  const dots = text.split(".").length - 1;
  if (commas > 0 && dots > 0) {
    // Both marks: the last one is the decimal mark and the other groups thousands ("1.234,56", "1,234.56").
    const decimal = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const at = text.lastIndexOf(decimal);
    const groups = text.slice(0, at).split(group);
    if (text.slice(0, at).includes(decimal) || !isGrouping(groups)) return null;
    return { whole: groups.join(""), fraction: text.slice(at + 1) };
  }
  const mark = commas > 0 ? "," : dots > 0 ? "." : null;
  if (mark === null) return { whole: text, fraction: "" };
  const parts = text.split(mark);
  // English groups with a comma and German with a dot; Polish groups with spaces, so either mark is decimal there.
  const localeGroup = locale.startsWith("en") ? "," : locale.startsWith("de") ? "." : null;
  if (parts.length > 2 || (mark === localeGroup && isGrouping(parts))) {
    return isGrouping(parts) ? { whole: parts.join(""), fraction: "" } : null;
  }
  return { whole: parts[0]!, fraction: parts[1]! };
}

/**
 * An amount in złoty as people type it ("1 234,56", "1234.5", "1234", "1 234,56 zł",
 * "PLN 1,234.56" in English, "1.234,56" in German) as grosze. More than two decimals
 * is refused rather than rounded: a typed amount is never silently changed.
 */
export function parsePln(input: string, locale = "pl"): MoneyParseResult {
  let text = input.replace(CURRENCY, "").replace(SPACES, "");
  if (text === "") return { ok: false, error: "EMPTY" };
  if (text.startsWith("-") || text.startsWith("\u2212")) return { ok: false, error: "NEGATIVE" };
  if (text.startsWith("+")) text = text.slice(1);
  if (!/^[\d.,]+$/.test(text)) return { ok: false, error: "FORMAT" };
  const split = splitNumber(text, locale);
  if (!split || !/^\d+$/.test(split.whole) || !/^\d*$/.test(split.fraction)) return { ok: false, error: "FORMAT" };
  if (split.fraction.length > 2) return { ok: false, error: "PRECISION" };
  const whole = split.whole.replace(/^0+(?=\d)/, "");
  if (whole.length > 11) return { ok: false, error: "TOO_LARGE" };
  const value = Number(whole) * 100 + Number(split.fraction.padEnd(2, "0"));
  if (value > MAX_AMOUNT) return { ok: false, error: "TOO_LARGE" };
  return { ok: true, value };
}

/** The exact decimal text of an amount ("1234.05"), for Intl and for the PDF. */
export function plnDecimal(grosze: Grosze): string {
  const sign = grosze < 0 ? "-" : "";
  const abs = Math.abs(grosze);
  const fraction = abs % 100;
  return `${sign}${(abs - fraction) / 100}.${String(fraction).padStart(2, "0")}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "1 234,56 zł" (pl), "PLN 1,234.56" (en), "1.234,56 PLN" (de). */
export function formatPln(grosze: Grosze, locale = "pl"): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency: "PLN", minimumFractionDigits: 2 });
    formatters.set(locale, formatter);
  }
  // A string argument is formatted as the exact decimal it spells (Intl.NumberFormat v3), not via a float.
  return formatter.format(plnDecimal(grosze) as `${number}`);
}

function roundedQuotient(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/**
 * unitCost × quantity, where the quantity is in thousandths of a unit (2,5 hours = 2500),
 * rounded half away from zero to the grosz. Exact: the product may pass 2^53.
 */
export function mulUnits(unitCost: Grosze, qtyMilli: number): Grosze {
  return Number(roundedQuotient(BigInt(unitCost) * BigInt(qtyMilli), 1000n));
}

export function sum(values: readonly Grosze[]): Grosze {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** part / whole in basis points (1 % = 100), rounded half up; 0 when the whole is 0. */
export function shareBp(part: Grosze, whole: Grosze): number {
  if (whole <= 0) return 0;
  return Number(roundedQuotient(BigInt(part) * 10_000n, BigInt(whole)));
}

/** The smallest amount that is at least `bp` basis points of `whole`: ceil(bp·whole/10000). */
export function minimumForShare(bp: number, whole: Grosze): Grosze {
  const product = BigInt(bp) * BigInt(whole);
  return Number((product + 9_999n) / 10_000n);
}

/** amount ≥ bp/10000 × whole, by cross-multiplication. */
export function atLeastShare(amount: Grosze, bp: number, whole: Grosze): boolean {
  return BigInt(amount) * 10_000n >= BigInt(bp) * BigInt(whole);
}

/** amount ≤ bp/10000 × whole, by cross-multiplication. */
export function atMostShare(amount: Grosze, bp: number, whole: Grosze): boolean {
  return BigInt(amount) * 10_000n <= BigInt(bp) * BigInt(whole);
}
