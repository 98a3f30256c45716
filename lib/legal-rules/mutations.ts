// Adding a legal limit's new value. Rows are never edited: the new row holds
// from its first day and the one before it ends there, so every past check
// can still be read against the value of its day. A new value starts after
// the latest one (history only grows forwards). One audit event per change.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ActionMeta } from "@/lib/http/request-context";
import { legalRuleUnits } from "@/lib/legal-rules/keys";
import type { AddLegalRuleValues } from "@/lib/legal-rules/schemas";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function addLegalRule(
  actor: Actor,
  values: AddLegalRuleValues,
  meta: ActionMeta,
): Promise<{ id: string }> {
  if (!can(actor, "legalRules.configure")) throw new AppError("FORBIDDEN", "administrators only");
  const result = await db().$transaction(async (tx) => {
    // Two administrators adding a value of one key at once: one after the other.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`legal-rule:${values.key}`}))`;
    const latest = await tx.legalRule.findFirst({ where: { key: values.key }, orderBy: { validFrom: "desc" } });
    if (latest && values.validFrom <= latest.validFrom)
      throw new FieldRuleError([{ field: "validFrom", message: "legalRuleValidFromNotAfterCurrent" }]);
    const created = await tx.legalRule.create({
      data: {
        key: values.key,
        unit: legalRuleUnits[values.key],
        valueInt: values.valueInt,
        valueText: values.valueText,
        validFrom: values.validFrom,
        source: values.source,
        note: values.note,
        createdById: actor.id,
      },
      select: { id: true },
    });
    if (latest) await tx.legalRule.update({ where: { id: latest.id }, data: { validTo: values.validFrom } });
    await recordAuditEvent(
      {
        action: "legalRule.added",
        actorUserId: actor.id,
        subjectType: "LegalRule",
        subjectId: created.id,
        ipAddress: meta.ip,
        details: {
          key: values.key,
          value: values.valueText ?? String(values.valueInt),
          validFrom: isoDay(values.validFrom),
          previous: latest
            ? { value: latest.valueText ?? String(latest.valueInt), validFrom: isoDay(latest.validFrom) }
            : null,
        },
      },
      tx,
    );
    return created;
  });
  // The checks read the rules through a per-process cache (rules.ts).
  publicDataChanged();
  return result;
}
