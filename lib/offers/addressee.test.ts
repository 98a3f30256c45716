import { addresseeName } from "@/lib/offers/addressee";

describe("addresseeName", () => {
  it("names the office when the institution has an office name", () => {
    expect(
      addresseeName({ name: "Województwo opolskie", officeName: "Urząd Marszałkowski Województwa Opolskiego" }),
    ).toBe("Urząd Marszałkowski Województwa Opolskiego");
  });

  it("falls back to the institution's name when no office name is set or it is blank", () => {
    expect(addresseeName({ name: "Gmina Dobrzeń Wielki", officeName: null })).toBe("Gmina Dobrzeń Wielki");
    expect(addresseeName({ name: "Gmina Dobrzeń Wielki", officeName: "  " })).toBe("Gmina Dobrzeń Wielki");
  });
});
