import { territoryLabel } from "@/lib/reference-data/territory-label";

describe("territoryLabel", () => {
  it("names a voivodeship and a powiat as Polish does, and a gmina or city by its name", () => {
    expect(territoryLabel({ name: "OPOLSKIE", kind: "VOIVODESHIP" })).toBe("województwo opolskie");
    expect(territoryLabel({ name: "ŚLĄSKIE", kind: "VOIVODESHIP" })).toBe("województwo śląskie");
    expect(territoryLabel({ name: "brzeski", kind: "POWIAT" })).toBe("powiat brzeski");
    expect(territoryLabel({ name: "Brzeg", kind: "URBAN_GMINA" })).toBe("Brzeg");
    expect(territoryLabel({ name: "Opole", kind: "CITY_WITH_POWIAT_RIGHTS" })).toBe("Opole");
  });
});
