// How an administrator types a legal limit and how it is stored: złoty typed
// with a comma or a point become integer grosze, a percentage with up to two
// decimals becomes basis points, days are whole numbers. No floats anywhere:
// the digits are read as text. Pure, for the form in the browser and the server.
import type { LegalRuleKey, LegalRuleUnit } from "@/lib/legal-rules/keys";

export type ParsedRuleValue =
  | { ok: true; valueInt: bigint; valueText: null }
  | { ok: true; valueInt: null; valueText: string }
  | { ok: false; message: string };

/** Spaces people put between thousands (also no-break and thin ones), and a trailing "zł" or "%". */
const cleaned = (text: string, suffix: RegExp) => text.replace(suffix, "").replace(/[\s\u00a0\u202f]/g, "");

/** Whole units and up to two decimals, as text, into hundredths: "1 234,5" → 123450n. */
function hundredths(text: string, maxWholeDigits: number): bigint | null {
  const match = new RegExp(`^(\\d{1,${maxWholeDigits}})(?:[.,](\\d{1,2}))?$`).exec(text);
  if (!match) return null;
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
}

export function parseRuleValue(unit: LegalRuleUnit, input: string): ParsedRuleValue {
  const text = input.trim();
  switch (unit) {
    case "grosze": {
      // Up to 10 000 000 000 zł: far above any limit, and within a safe integer of grosze.
      const grosze = hundredths(cleaned(text, /\s*zł$/i), 10);
      return grosze === null ? { ok: false, message: "legalRuleAmountInvalid" } : ok(grosze);
    }
    case "basisPoints": {
      const bp = hundredths(cleaned(text, /\s*%$/), 3);
      return bp === null || bp > 10_000n ? { ok: false, message: "legalRulePercentInvalid" } : ok(bp);
    }
    case "days":
    case "workingDays": {
      if (!/^\d{1,4}$/.test(text) || Number(text) < 1 || Number(text) > 3650)
        return { ok: false, message: "legalRuleDaysInvalid" };
      return ok(BigInt(text));
    }
    case "flag":
      return text === "0" || text === "1" ? ok(BigInt(text)) : { ok: false, message: "legalRuleFlagInvalid" };
    case "text":
      return text.length >= 1 && text.length <= 200
        ? { ok: true, valueInt: null, valueText: text }
        : { ok: false, message: "legalRuleTextInvalid" };
  }
}

const ok = (valueInt: bigint): ParsedRuleValue => ({ ok: true, valueInt, valueText: null });

type Underscored<T extends string> = T extends `${infer Area}.${infer Name}` ? `${Area}_${Name}` : T;

/** Message keys cannot hold dots (lib/i18n/messages.test.ts): "smallGrant.maxGrant" → "smallGrant_maxGrant". */
export const ruleMessageKey = <K extends LegalRuleKey>(key: K) => key.replace(".", "_") as Underscored<K>;
