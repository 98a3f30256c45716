// The check a submitted version is held to after its submission (a
// correction's, the formal check's suggestions): the rules snapshot stored
// with the version ({params, rules}, lib/offers/submission/mutations.ts),
// without the database's facts, which the office judges itself. Pure.
import type { CheckContext } from "@/lib/offers/calc/check-offer";

export function versionCheckContext(kind: "SINGLE" | "JOINT", rulesSnapshot: unknown): CheckContext {
  const stored = (rulesSnapshot ?? {}) as { params?: CheckContext["params"]; rules?: CheckContext["rules"] };
  return { kind, params: stored.params ?? {}, rules: stored.rules ?? {} };
}
