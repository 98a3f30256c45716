import { createTranslator } from "next-intl";
import { sharedIntl } from "@/lib/i18n/shared-intl";

// Shared across requests and languages, the cache must never hand one translator's parsed message to another
// that would format it differently.
const messages = { note: "Termin: {deadline, date, long} {deadline, time, short}" };
const deadline = new Date("2026-12-18T22:59:00Z");
const translate = (locale: "pl" | "en", timeZone?: string) =>
  createTranslator({ ...sharedIntl, locale, messages, timeZone })("note", { deadline });

describe("the translators' shared cache", () => {
  it("keeps each time zone's and language's formatting apart", () => {
    expect(translate("pl", "Europe/Warsaw")).toBe("Termin: 18 grudnia 2026 23:59");
    expect(translate("pl", "UTC")).toBe("Termin: 18 grudnia 2026 22:59");
    expect(translate("pl", "Europe/Warsaw")).toBe("Termin: 18 grudnia 2026 23:59");
    expect(translate("en", "Europe/Warsaw")).toBe("Termin: 18 December 2026 23:59");
  });

  it("formats as a translator with a cache of its own does", () => {
    const own = createTranslator({ locale: "pl", messages, timeZone: "Europe/Warsaw" })("note", { deadline });
    expect(translate("pl", "Europe/Warsaw")).toBe(own);
  });
});
