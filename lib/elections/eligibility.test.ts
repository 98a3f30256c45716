import { areaOfSeat, ineligibility, type EligibilityRules, type OrganisationFacts } from "@/lib/elections/eligibility";

// The voivodeship council of Opolskie (TERYT 16); an association in Nysa (gmina 1607053).
const rules: EligibilityRules = {
  territoryCode: "16",
  requireVerified: true,
  territoryRule: "SEAT",
  registeredBefore: new Date("2026-01-01"),
  excludeInLiquidation: true,
};
const nysa: OrganisationFacts = {
  verifiedAt: new Date("2026-02-01"),
  seatTerritoryCode: "1607053",
  activityTerritoryCodes: [],
  registeredOn: new Date("2015-05-05"),
  inLiquidation: false,
};

describe("eligibility", () => {
  it("admits a verified organisation with its seat in the territory, registered before the cut-off", () => {
    expect(ineligibility(rules, nysa)).toEqual([]);
  });

  it("names every rule an organisation fails", () => {
    expect(
      ineligibility(rules, {
        ...nysa,
        verifiedAt: null,
        seatTerritoryCode: "0264011",
        registeredOn: new Date("2026-01-01"),
        inLiquidation: true,
      }),
    ).toEqual(["notVerified", "outsideTerritory", "registeredTooLate", "inLiquidation"]);
  });

  it("does not assume a registration date it does not know", () => {
    expect(ineligibility(rules, { ...nysa, registeredOn: null })).toEqual(["registrationDateUnknown"]);
    expect(ineligibility({ ...rules, registeredBefore: null }, { ...nysa, registeredOn: null })).toEqual([]);
  });

  it("counts activity in the territory only where the rules allow it, at any level of TERYT", () => {
    const wroclaw = { ...nysa, seatTerritoryCode: "0264011", activityTerritoryCodes: ["1607"] };
    expect(ineligibility(rules, wroclaw)).toEqual(["outsideTerritory"]);
    expect(ineligibility({ ...rules, territoryRule: "SEAT_OR_ACTIVITY" }, wroclaw)).toEqual([]);
    // A gmina council (Nysa, 1607053): activity declared for the whole voivodeship covers it; a neighbouring gmina does not.
    const gmina = { ...rules, territoryCode: "1607053", territoryRule: "SEAT_OR_ACTIVITY" as const };
    expect(ineligibility(gmina, { ...wroclaw, activityTerritoryCodes: ["16"] })).toEqual([]);
    expect(ineligibility(gmina, { ...wroclaw, activityTerritoryCodes: ["1607042"] })).toEqual(["outsideTerritory"]);
  });

  it("ignores what the rules do not ask for", () => {
    const lenient: EligibilityRules = {
      ...rules,
      requireVerified: false,
      registeredBefore: null,
      excludeInLiquidation: false,
    };
    expect(ineligibility(lenient, { ...nysa, verifiedAt: null, registeredOn: null, inLiquidation: true })).toEqual([]);
  });
});

describe("areas", () => {
  const areas = [
    { name: "Północ", territoryCodes: ["1601", "1606"] },
    { name: "Południe", territoryCodes: ["1607", "1602"] },
  ];
  it("place an organisation by its seat", () => {
    expect(areaOfSeat(areas, "1607053")?.name).toBe("Południe");
    expect(areaOfSeat(areas, "1661011")).toBeNull();
    expect(areaOfSeat([], "1607053")).toBeNull();
  });
});
