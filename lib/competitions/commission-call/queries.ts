// The organisation a nomination action touches, looked up on the server: the
// scope of "competitions.nominate".
import "server-only";
import { db } from "@/lib/db/client";

export async function organisationScope(input: { organisationId: string }) {
  return (await db().organisation.count({ where: { id: input.organisationId } })) === 1
    ? { organisationId: input.organisationId }
    : null;
}

export async function nominationScope(input: { nominationId: string }) {
  const nomination = await db().commissionNomination.findUnique({
    where: { id: input.nominationId },
    select: { organisationId: true },
  });
  return nomination ? { organisationId: nomination.organisationId } : null;
}
