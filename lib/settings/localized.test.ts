import { isFallback, pickLocalized } from "@/lib/settings/localized";
import { regionNameFor } from "@/lib/settings/region";

describe("pickLocalized", () => {
  const text = { pl: "Deklaracja", en: "Statement", de: "  " };

  it("returns the text in the requested language", () => {
    expect(pickLocalized(text, "en")).toBe("Statement");
    expect(isFallback(text, "en")).toBe(false);
  });

  it("falls back to Polish when a translation is missing or blank", () => {
    expect(pickLocalized(text, "de")).toBe("Deklaracja");
    expect(isFallback(text, "de")).toBe(true);
    expect(isFallback(text, "pl")).toBe(false);
  });

  it("returns nothing for malformed data instead of throwing", () => {
    expect(pickLocalized({ en: "only English" }, "en")).toBe("");
    expect(pickLocalized(null, "pl")).toBe("");
  });
});

describe("regionNameFor", () => {
  it("writes the region as each language expects", () => {
    expect(regionNameFor("OPOLSKIE", "pl")).toBe("opolskie");
    expect(regionNameFor("OPOLSKIE", "en")).toBe("Opolskie");
    expect(regionNameFor("ŚWIĘTOKRZYSKIE", "de")).toBe("Świętokrzyskie");
  });
});
