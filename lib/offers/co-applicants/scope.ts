// The scope of a co-applicant's answer: the organisation of its row on the
// offer, read from the database (null when the offer has no such row).
import "server-only";
import type { Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

export async function coApplicantRowScope(offerId: string, organisationId: string): Promise<Scope | null> {
  const row = await db().offerCoApplicant.findUnique({
    where: { offerId_organisationId: { offerId, organisationId } },
    select: { organisationId: true },
  });
  return row ? { organisationId: row.organisationId } : null;
}
