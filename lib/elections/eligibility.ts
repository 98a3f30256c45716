// Who may take part in an election (nominate, recommend, vote): the council's
// rules applied to what the platform knows of an organisation. Pure, so the
// same rules explain a refusal to a representative, build the frozen voter
// registry and are tested on their own.
import type { ElectionTerritoryRule } from "@/lib/generated/prisma/enums";

export type EligibilityRules = {
  /** TERYT code of the council's territory ("16", "1661", "1661011"). */
  territoryCode: string;
  requireVerified: boolean;
  territoryRule: ElectionTerritoryRule;
  registeredBefore: Date | null;
  excludeInLiquidation: boolean;
};

export type OrganisationFacts = {
  verifiedAt: Date | null;
  seatTerritoryCode: string;
  /** TERYT codes of the declared areas of activity (any level). */
  activityTerritoryCodes: string[];
  registeredOn: Date | null;
  inLiquidation: boolean;
};

export const INELIGIBILITY_REASONS = [
  "notVerified",
  "outsideTerritory",
  "registeredTooLate",
  "registrationDateUnknown",
  "inLiquidation",
] as const;
export type IneligibilityReason = (typeof INELIGIBILITY_REASONS)[number];

/** Whether two territories overlap: one contains the other (TERYT codes nest by prefix). */
export function territoriesOverlap(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Why the organisation may not take part; empty when it may. */
export function ineligibility(rules: EligibilityRules, organisation: OrganisationFacts): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  if (rules.requireVerified && !organisation.verifiedAt) reasons.push("notVerified");
  const seatInside = organisation.seatTerritoryCode.startsWith(rules.territoryCode);
  const activityInside = organisation.activityTerritoryCodes.some((code) =>
    territoriesOverlap(code, rules.territoryCode),
  );
  if (!(seatInside || (rules.territoryRule === "SEAT_OR_ACTIVITY" && activityInside))) reasons.push("outsideTerritory");
  if (rules.registeredBefore) {
    if (!organisation.registeredOn) reasons.push("registrationDateUnknown");
    else if (organisation.registeredOn >= rules.registeredBefore) reasons.push("registeredTooLate");
  }
  if (rules.excludeInLiquidation && organisation.inLiquidation) reasons.push("inLiquidation");
  return reasons;
}

/** The area whose territories hold the seat; null without areas or outside them all. */
export function areaOfSeat<A extends { territoryCodes: string[] }>(
  areas: readonly A[],
  seatTerritoryCode: string,
): A | null {
  return areas.find((area) => area.territoryCodes.some((code) => seatTerritoryCode.startsWith(code))) ?? null;
}
