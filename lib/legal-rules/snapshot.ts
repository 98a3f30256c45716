// A legal rule as a competition keeps it: the value in its publication snapshot
// (Competition.rulesSnapshot holds every key known on that day), else, for keys
// added after it was published (issue 26's), the value in force on its
// publication day. Slices read keys newer than a snapshot only through here.
import { legalRuleUnits, type LegalRuleKey, type LegalRuleValue } from "@/lib/legal-rules/keys";
import { polishDay, ruleAt } from "@/lib/legal-rules/rules";

/** The snapshot's value of `key` when it holds one of the right kind. */
export function snapshotValue<K extends LegalRuleKey>(snapshot: unknown, key: K): LegalRuleValue<K> | undefined {
  if (snapshot === null || typeof snapshot !== "object" || Array.isArray(snapshot)) return undefined;
  const value = (snapshot as Record<string, unknown>)[key];
  const text = legalRuleUnits[key] === "text";
  if (text ? typeof value === "string" : Number.isSafeInteger(value)) return value as LegalRuleValue<K>;
  return undefined;
}

export async function snapshotRule<K extends LegalRuleKey>(
  snapshot: unknown,
  key: K,
  publishedAt: Date,
): Promise<LegalRuleValue<K>> {
  const kept = snapshotValue(snapshot, key);
  if (kept !== undefined) return kept;
  const row = await ruleAt(key, publishedAt);
  if (!row) throw new Error(`No legal rule "${key}" in force on ${polishDay(publishedAt)}`);
  return row.value;
}
