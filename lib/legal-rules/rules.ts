// The legal limit in force on a day. A rule applies from its `validFrom`
// (inclusive) to its `validTo` (exclusive), both Polish calendar days: a
// deadline at 23:30 Polish time on 31 March falls under the rule of 31 March,
// whatever the UTC date. All rows (a few dozen) are kept in the process;
// every change goes through publicDataChanged(), which empties the cache here
// and, through the broadcast, in the other processes.
import { keptOrLoaded, TtlCache } from "@/lib/cache/ttl-cache";
import { db } from "@/lib/db/client";
import {
  isLegalRuleKey,
  legalRuleUnits,
  type LegalRuleKey,
  type LegalRuleSnapshot,
  type LegalRuleValue,
} from "@/lib/legal-rules/keys";
import { dateToPolishLocal } from "@/lib/time/polish-local";

export interface LegalRuleRow<K extends LegalRuleKey = LegalRuleKey> {
  id: string;
  key: K;
  value: LegalRuleValue<K>;
  /** "YYYY-MM-DD". */
  validFrom: string;
  validTo: string | null;
  source: string;
  note: string | null;
}

const cache = new TtlCache<Promise<LegalRuleRow[]>>({ ttlMs: 10 * 60_000, maxEntries: 1 });

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The Polish calendar day of an instant, "YYYY-MM-DD". */
export const polishDay = (instant: Date) => dateToPolishLocal(instant).slice(0, 10);

async function readRules(): Promise<LegalRuleRow[]> {
  const rows = await db().legalRule.findMany({ orderBy: [{ key: "asc" }, { validFrom: "asc" }] });
  return rows.flatMap((row) => {
    // A key this code no longer knows is history only.
    if (!isLegalRuleKey(row.key)) return [];
    const text = legalRuleUnits[row.key] === "text";
    const value = text ? row.valueText : row.valueInt === null ? null : Number(row.valueInt);
    if (value === null) return [];
    return [
      {
        id: row.id,
        key: row.key,
        value: value as LegalRuleValue<typeof row.key>,
        validFrom: isoDay(row.validFrom),
        validTo: row.validTo ? isoDay(row.validTo) : null,
        source: row.source,
        note: row.note,
      },
    ];
  });
}

/** Every row of every known key, oldest first within a key. */
export function allLegalRules(): Promise<LegalRuleRow[]> {
  return keptOrLoaded(cache, "all", readRules);
}

/** The row of `key` in force on the Polish day of `date` (an instant), or null when none was. */
export async function ruleAt<K extends LegalRuleKey>(key: K, date: Date): Promise<LegalRuleRow<K> | null> {
  const day = polishDay(date);
  const rows = await allLegalRules();
  const row = rows.find((r) => r.key === key && r.validFrom <= day && (r.validTo === null || r.validTo > day));
  return (row as LegalRuleRow<K> | undefined) ?? null;
}

/**
 * The values of `keys` in force on the Polish day of `date`, as the snapshot a
 * competition keeps at publication and an offer version at submission. A key
 * without a value that day is an error of configuration, not of the user: it
 * throws, naming the key.
 */
export async function rulesAt<K extends LegalRuleKey>(keys: readonly K[], date: Date): Promise<LegalRuleSnapshot<K>> {
  const entries = await Promise.all(
    keys.map(async (key) => {
      const row = await ruleAt(key, date);
      if (!row) throw new Error(`No legal rule "${key}" in force on ${polishDay(date)}`);
      return [key, row.value] as const;
    }),
  );
  return Object.fromEntries(entries) as LegalRuleSnapshot<K>;
}
