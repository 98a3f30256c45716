import { competences, knownCodes, resources } from "@/lib/partnerships/capabilities";
import { locales } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

describe("the controlled lists of competences and resources", () => {
  it.each(locales)("are named in %s, each code and no other", (locale) => {
    const { partnerships } = messagesFor(locale);
    expect(Object.keys(partnerships.competences).sort()).toEqual([...competences].sort());
    expect(Object.keys(partnerships.resources).sort()).toEqual([...resources].sort());
  });

  it("have no code twice", () => {
    expect(new Set(competences).size).toBe(competences.length);
    expect(new Set(resources).size).toBe(resources.length);
  });

  it("keep known codes in the list's order and drop retired ones", () => {
    expect(knownCodes(competences, ["ECOLOGY", "RETIRED_CODE", "PROJECT_MANAGEMENT", "ECOLOGY"])).toEqual([
      "PROJECT_MANAGEMENT",
      "ECOLOGY",
    ]);
    expect(knownCodes(resources, [])).toEqual([]);
  });
});
