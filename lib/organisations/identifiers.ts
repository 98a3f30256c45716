// Polish register identifiers of organisations, with the checksum rules of
// ../shared/docs/domain.md. Each normaliser accepts what people paste (spaces,
// dashes, a "PL" prefix) and returns the canonical digits, or null when the
// value is not a valid identifier.

const digitsOnly = (value: string) => value.replace(/[\s-]/g, "");

function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);
}

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;
const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7] as const;
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] as const;

/** NIP (tax number): 10 digits; the weighted sum mod 11 is the last digit and never 10. */
export function normalizeNip(input: string): string | null {
  const value = digitsOnly(input).replace(/^PL/i, "");
  if (!/^\d{10}$/.test(value)) return null;
  const check = weightedSum(value, NIP_WEIGHTS) % 11;
  return check !== 10 && check === Number(value[9]) ? value : null;
}

function regonCheckDigit(digits: string, weights: readonly number[]): number {
  const check = weightedSum(digits, weights) % 11;
  return check === 10 ? 0 : check;
}

/**
 * REGON (statistical number): 9 digits, or 14 for local units, whose first 9
 * digits are themselves a valid REGON. KRS pads 9-digit numbers with "00000";
 * that padding is stripped, so both spellings give the same 9 digits.
 */
export function normalizeRegon(input: string): string | null {
  let value = digitsOnly(input);
  if (/^\d{14}$/.test(value) && value.endsWith("00000")) value = value.slice(0, 9);
  if (/^\d{9}$/.test(value)) return regonCheckDigit(value, REGON9_WEIGHTS) === Number(value[8]) ? value : null;
  if (/^\d{14}$/.test(value)) {
    const valid =
      regonCheckDigit(value, REGON14_WEIGHTS) === Number(value[13]) && normalizeRegon(value.slice(0, 9)) !== null;
    return valid ? value : null;
  }
  return null;
}

/** KRS number: up to 10 digits, zero-padded to 10; no checksum exists. */
export function normalizeKrs(input: string): string | null {
  const value = digitsOnly(input);
  if (!/^\d{1,10}$/.test(value) || /^0+$/.test(value)) return null;
  return value.padStart(10, "0");
}
