// The history of an organisation's record and profile: every save that
// changed something is kept with each field's value before and after.
import type { Prisma } from "@/lib/generated/prisma/client";

export type ChangeSource = "record" | "profile" | "partnerships" | "krs" | "import";
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

function comparable(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return JSON.stringify([...value].map(comparable).sort());
  return JSON.stringify(value ?? null);
}

/** The fields whose values differ between `before` and `after` (arrays compared as sets). */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of Object.keys(after)) {
    if (comparable(before[field]) !== comparable(after[field])) {
      changes[field] = {
        from: before[field] instanceof Date ? (before[field] as Date).toISOString() : (before[field] ?? null),
        to: after[field] instanceof Date ? (after[field] as Date).toISOString() : (after[field] ?? null),
      };
    }
  }
  return changes;
}

/** Keeps the change, if there is one. */
export async function recordChange(
  tx: Prisma.TransactionClient,
  entry: {
    organisationId: string;
    actorUserId: string | null;
    source: ChangeSource;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  },
): Promise<FieldChanges> {
  const changes = diffFields(entry.before, entry.after);
  if (Object.keys(changes).length > 0) {
    await tx.organisationChange.create({
      data: {
        organisationId: entry.organisationId,
        actorUserId: entry.actorUserId,
        source: entry.source,
        changes: changes as Prisma.InputJsonValue,
      },
    });
  }
  return changes;
}
