import { createTranslator } from "next-intl";
import {
  capabilityName,
  competences,
  isCompetence,
  isResource,
  knownCodes,
  resources,
} from "@/lib/partnerships/capabilities";
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

  it("share no code, so a code alone says which list it is from", () => {
    expect(competences.filter((code) => isResource(code))).toEqual([]);
    expect(resources.filter((code) => isCompetence(code))).toEqual([]);
  });

  it("name a code in the reader's language, and a retired code as it is", () => {
    const pl = createTranslator({ locale: "pl", messages: messagesFor("pl"), namespace: "partnerships" });
    const de = createTranslator({ locale: "de", messages: messagesFor("de"), namespace: "partnerships" });
    expect(capabilityName(pl, "EVENT_HALL")).toBe(messagesFor("pl").partnerships.resources.EVENT_HALL);
    expect(capabilityName(de, "ECOLOGY")).toBe(messagesFor("de").partnerships.competences.ECOLOGY);
    expect(capabilityName(pl, "RETIRED_CODE")).toBe("RETIRED_CODE");
  });
});
