// The scope of a commission permission (lib/auth/permissions.ts, kind "commission"):
// the role the person holds on the competition's commission, read from the database.
// Only an accepted, not removed seat counts; anything else is null, which the actions
// and routes answer as NOT_FOUND (the commission's existence is not told to outsiders).
import type { Actor, Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

export async function commissionScope(
  competitionId: string,
  actor: Pick<Actor, "id"> | null,
): Promise<(Scope & { commissionRole: NonNullable<Scope["commissionRole"]> }) | null> {
  if (!actor) return null;
  // At most one: the partial unique index "CommissionMember_user_active".
  const seat = await db().commissionMember.findFirst({
    where: { userId: actor.id, acceptedAt: { not: null }, removedAt: null, commission: { competitionId } },
    select: { role: true },
  });
  return seat ? { commissionRole: seat.role } : null;
}
