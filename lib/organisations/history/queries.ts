import "server-only";
import { namedPerson, unlessErased } from "@/lib/accounts/erased-people";
import { db } from "@/lib/db/client";
import type { FieldChanges } from "@/lib/organisations/history/mutations";

export async function listOrganisationChanges(organisationId: string, take = 100) {
  const rows = await db().organisationChange.findMany({
    where: { organisationId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, source: true, changes: true, createdAt: true, actorUserId: true, actor: namedPerson },
  });
  return rows.map((row) => ({ ...row, actor: unlessErased(row.actor), changes: row.changes as FieldChanges }));
}
