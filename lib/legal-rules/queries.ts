// The administrators' page of legal limits: every key with the value in force
// today (Polish day), any value already set for a later day, and the whole
// history, newest first. Read from the database, not the checks' cache, so an
// administrator sees a change at once.
import "server-only";
import { db } from "@/lib/db/client";
import { legalRuleKeys, legalRuleUnits, type LegalRuleKey, type LegalRuleUnit } from "@/lib/legal-rules/keys";
import { polishDay } from "@/lib/legal-rules/rules";

export type RuleState = "past" | "inForce" | "scheduled";

export interface LegalRuleHistoryRow {
  id: string;
  /** Grosze, days, basis points or 0/1 as a safe integer; text as a string. */
  value: number | string;
  validFrom: string;
  validTo: string | null;
  source: string;
  note: string | null;
  state: RuleState;
}

export interface LegalRuleOverview {
  key: LegalRuleKey;
  unit: LegalRuleUnit;
  current: LegalRuleHistoryRow | null;
  /** The latest row's first day: a new value must start after it. */
  latestValidFrom: string | null;
  history: LegalRuleHistoryRow[];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function legalRulesOverview(now = new Date()): Promise<LegalRuleOverview[]> {
  const today = polishDay(now);
  const rows = await db().legalRule.findMany({
    where: { key: { in: [...legalRuleKeys] } },
    orderBy: [{ validFrom: "desc" }],
    select: {
      id: true,
      key: true,
      valueInt: true,
      valueText: true,
      validFrom: true,
      validTo: true,
      source: true,
      note: true,
    },
  });
  return legalRuleKeys.map((key) => {
    const history = rows
      .filter((row) => row.key === key)
      .map((row): LegalRuleHistoryRow => {
        const validFrom = isoDay(row.validFrom);
        const validTo = row.validTo ? isoDay(row.validTo) : null;
        return {
          id: row.id,
          value: row.valueText ?? Number(row.valueInt ?? 0n),
          validFrom,
          validTo,
          source: row.source,
          note: row.note,
          state: validFrom > today ? "scheduled" : validTo !== null && validTo <= today ? "past" : "inForce",
        };
      });
    return {
      key,
      unit: legalRuleUnits[key],
      current: history.find((row) => row.state === "inForce") ?? null,
      latestValidFrom: history[0]?.validFrom ?? null,
      history,
    };
  });
}
