// The art. 19a limits as they apply to one offer, from dated configuration
// (LegalRule, read for the receipt day; the draft's day before it is
// submitted) and from what the office has already given that calendar year.
// checkOffer (lib/offers/calc) compares; this file only gathers the numbers,
// so the browser's checks and the submit mutation see the same ones.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OfferFacts, RuleValues } from "@/lib/offers/calc/check-offer";
import { rulesAt } from "@/lib/legal-rules/rules";
import { polishYear } from "@/lib/small-grants/clock";
import { polishLocalToDate } from "@/lib/time/polish-local";

export const SMALL_GRANT_RULE_KEYS = [
  "smallGrant.maxGrant",
  "smallGrant.maxDays",
  "smallGrant.maxPerOrganisationYear",
  "smallGrant.maxShareOfPlannedBp",
  "smallGrant.publishWithinWorkingDays",
  "smallGrant.remarksDays",
] as const;

export type SmallGrantRules = { [K in (typeof SMALL_GRANT_RULE_KEYS)[number]]: number };

type Reader = Pick<Prisma.TransactionClient, "smallGrantCase" | "smallGrantBudget" | "offer">;

/** The limits in force on the Polish day of `date`; a missing value is a configuration error (rulesAt throws). */
export async function smallGrantRules(date: Date): Promise<SmallGrantRules> {
  return rulesAt(SMALL_GRANT_RULE_KEYS, date);
}

/** The rules in the shape checkOffer reads them. */
export const asRuleValues = (rules: SmallGrantRules): RuleValues => ({ ...rules });

/** The instants a Polish calendar year starts and ends. */
export function polishYearBounds(year: number): { from: Date; to: Date } {
  return { from: polishLocalToDate(`${year}-01-01T00:00`)!, to: polishLocalToDate(`${year + 1}-01-01T00:00`)! };
}

/**
 * Small grants of the office in the year, in grosze: the amount awarded once
 * decided, the amount asked while the case waits (an office cannot promise
 * the same money twice); refused cases count nothing. `organisationId` narrows
 * it to one organisation's offers; `exceptOfferId` leaves the offer being
 * checked out of the sum.
 */
export async function smallGrantsUsed(
  where: { institutionId: string; year: number; organisationId?: string; exceptOfferId?: string },
  client: Reader = db(),
): Promise<number> {
  const { from, to } = polishYearBounds(where.year);
  const cases = await client.smallGrantCase.findMany({
    where: {
      receivedAt: { gte: from, lt: to },
      stage: { not: "REFUSED" },
      offer: {
        institutionId: where.institutionId,
        status: "SUBMITTED",
        ...(where.organisationId ? { leadOrganisationId: where.organisationId } : {}),
        ...(where.exceptOfferId ? { id: { not: where.exceptOfferId } } : {}),
      },
    },
    select: { stage: true, awardedAmount: true, offer: { select: { requestedGrant: true } } },
  });
  return cases.reduce(
    (total, c) => total + Number(c.stage === "ACCEPTED" ? (c.awardedAmount ?? 0n) : c.offer.requestedGrant),
    0,
  );
}

/** The office's plan for a year, or null when it has none (then it takes no small-grant offers that year). */
export function budgetOf(institutionId: string, year: number, client: Reader = db()) {
  return client.smallGrantBudget.findUnique({ where: { institutionId_year: { institutionId, year } } });
}

/**
 * What checkOffer needs to know of a small-grant offer that only the database
 * knows (OfferFacts.smallGrant), at `now`: whether the office takes offers this
 * year, what the organisation and everyone else got from it this year without
 * this offer, and the planned total the share is taken of. The submit
 * (lib/small-grants/submission.ts) calls this inside its transaction.
 */
export async function smallGrantFacts(
  offerId: string,
  now = new Date(),
  client: Reader = db(),
): Promise<NonNullable<OfferFacts["smallGrant"]>> {
  const offer = await client.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: { institutionId: true, leadOrganisationId: true },
  });
  const year = polishYear(now);
  const scope = { institutionId: offer.institutionId, year, exceptOfferId: offerId };
  const [budget, organisationYearUsed, poolUsed] = await Promise.all([
    budgetOf(offer.institutionId, year, client),
    smallGrantsUsed({ ...scope, organisationId: offer.leadOrganisationId }, client),
    smallGrantsUsed(scope, client),
  ]);
  return {
    intakeOpen: budget?.intakeOpen ?? false,
    organisationYearUsed,
    poolUsed,
    plannedTotal: Number(budget?.plannedGrantsTotal ?? 0n),
  };
}
