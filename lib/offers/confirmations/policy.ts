// The office's side of confirmations: the institution is looked up from the
// offer (or the confirmation's version), and the office acts only on offers
// it may see (after the deadline, unless the competition shows them at once).
import "server-only";
import type { Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { officeSeesOffers } from "@/lib/offers/submission/policy";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import type { DecisionRefusal } from "@/lib/offers/confirmations/mutations";

const offerOffice = {
  institutionId: true,
  competition: { select: { offersDeadline: true, officeSeesOffersAfterDeadline: true } },
} as const;

export async function offerOfficeScope(offerId: string): Promise<Scope | null> {
  const offer = await db().offer.findUnique({ where: { id: offerId }, select: { institutionId: true } });
  return offer ? { institutionId: offer.institutionId } : null;
}

export async function confirmationOfficeScope(confirmationId: string): Promise<Scope | null> {
  const confirmation = await db().offerConfirmation.findUnique({
    where: { id: confirmationId },
    select: { version: { select: { offer: { select: { institutionId: true } } } } },
  });
  return confirmation ? { institutionId: confirmation.version.offer.institutionId } : null;
}

/** Refuses when the office may not see the offer yet (before the deadline of a competition that hides offers). */
export async function requireVisibleToOffice(where: { offerId: string } | { confirmationId: string }): Promise<void> {
  const offer =
    "offerId" in where
      ? await db().offer.findUniqueOrThrow({ where: { id: where.offerId }, select: offerOffice })
      : (
          await db().offerConfirmation.findUniqueOrThrow({
            where: { id: where.confirmationId },
            select: { version: { select: { offer: { select: offerOffice } } } },
          })
        ).version.offer;
  if (!offer.competition || !officeSeesOffers(offer.competition, await databaseNow()))
    throw new RuleRefusal<DecisionRefusal>("NOT_VISIBLE");
}
