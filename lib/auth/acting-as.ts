// Acting in public as oneself or for an organisation. Every public record (a
// remark, a post, a vote, a news article) stores both its author and, when
// chosen, the organisation acted for; modules take the choice from the
// ActingAsFieldset and resolve it here, on the server, never trusting the id
// the form sent. Only verified organisations act in public.
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface ActingAs {
  userId: string;
  organisationId: string | null;
}

/** The organisations the person may act for: their memberships in verified organisations. */
export async function actingForOptions(actor: Actor): Promise<{ id: string; name: string }[]> {
  const ids = actor.organisations
    .map((m) => m.organisationId)
    .filter((organisationId) => can(actor, "organisation.actFor", { organisationId }));
  if (ids.length === 0) return [];
  return db().organisation.findMany({
    where: { id: { in: ids }, verifiedAt: { not: null } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** Checks the choice against the person's memberships and the organisation's verification. */
export async function resolveActingAs(actor: Actor, organisationId: string | null): Promise<ActingAs> {
  if (organisationId === null) return { userId: actor.id, organisationId: null };
  if (!can(actor, "organisation.actFor", { organisationId }))
    throw new AppError("FORBIDDEN", "not a member of the organisation acted for");
  const organisation = await db().organisation.findUnique({
    where: { id: organisationId },
    select: { verifiedAt: true },
  });
  if (!organisation?.verifiedAt) throw new AppError("FORBIDDEN", "the organisation acted for is not verified");
  return { userId: actor.id, organisationId };
}
